//! [`StateOrProvince`]: the state or province of an address (N402, CLM11-4).

use super::code_set::code_set;

code_set! {
    /// A US state, district, territory or military post office, or a Canadian province or
    /// territory, by its postal abbreviation: the codes the guides take for N402 (and CLM11-4,
    /// the state of an auto accident) when the address is in the United States or Canada.
    ///
    /// ```
    /// use x12_claims::codes::StateOrProvince;
    ///
    /// assert_eq!(StateOrProvince::new("IL")?, StateOrProvince::ILLINOIS);
    /// assert_eq!(StateOrProvince::QUEBEC.description(), Some("Quebec"));
    /// // Retired abbreviations are not known: Quebec is QC, not PQ.
    /// assert!(!StateOrProvince::new("PQ")?.is_known());
    /// # Ok::<(), x12_claims::codes::CodeError>(())
    /// ```
    pub struct StateOrProvince;
    example: ILLINOIS = "IL";

    // The states and the District of Columbia.
    ALABAMA = "AL" => "Alabama";
    ALASKA = "AK" => "Alaska";
    ARIZONA = "AZ" => "Arizona";
    ARKANSAS = "AR" => "Arkansas";
    CALIFORNIA = "CA" => "California";
    COLORADO = "CO" => "Colorado";
    CONNECTICUT = "CT" => "Connecticut";
    DELAWARE = "DE" => "Delaware";
    DISTRICT_OF_COLUMBIA = "DC" => "District of Columbia";
    FLORIDA = "FL" => "Florida";
    GEORGIA = "GA" => "Georgia";
    HAWAII = "HI" => "Hawaii";
    IDAHO = "ID" => "Idaho";
    ILLINOIS = "IL" => "Illinois";
    INDIANA = "IN" => "Indiana";
    IOWA = "IA" => "Iowa";
    KANSAS = "KS" => "Kansas";
    KENTUCKY = "KY" => "Kentucky";
    LOUISIANA = "LA" => "Louisiana";
    MAINE = "ME" => "Maine";
    MARYLAND = "MD" => "Maryland";
    MASSACHUSETTS = "MA" => "Massachusetts";
    MICHIGAN = "MI" => "Michigan";
    MINNESOTA = "MN" => "Minnesota";
    MISSISSIPPI = "MS" => "Mississippi";
    MISSOURI = "MO" => "Missouri";
    MONTANA = "MT" => "Montana";
    NEBRASKA = "NE" => "Nebraska";
    NEVADA = "NV" => "Nevada";
    NEW_HAMPSHIRE = "NH" => "New Hampshire";
    NEW_JERSEY = "NJ" => "New Jersey";
    NEW_MEXICO = "NM" => "New Mexico";
    NEW_YORK = "NY" => "New York";
    NORTH_CAROLINA = "NC" => "North Carolina";
    NORTH_DAKOTA = "ND" => "North Dakota";
    OHIO = "OH" => "Ohio";
    OKLAHOMA = "OK" => "Oklahoma";
    OREGON = "OR" => "Oregon";
    PENNSYLVANIA = "PA" => "Pennsylvania";
    RHODE_ISLAND = "RI" => "Rhode Island";
    SOUTH_CAROLINA = "SC" => "South Carolina";
    SOUTH_DAKOTA = "SD" => "South Dakota";
    TENNESSEE = "TN" => "Tennessee";
    TEXAS = "TX" => "Texas";
    UTAH = "UT" => "Utah";
    VERMONT = "VT" => "Vermont";
    VIRGINIA = "VA" => "Virginia";
    WASHINGTON = "WA" => "Washington";
    WEST_VIRGINIA = "WV" => "West Virginia";
    WISCONSIN = "WI" => "Wisconsin";
    WYOMING = "WY" => "Wyoming";
    // US territories and freely associated states.
    AMERICAN_SAMOA = "AS" => "American Samoa";
    FEDERATED_STATES_OF_MICRONESIA = "FM" => "Federated States of Micronesia";
    GUAM = "GU" => "Guam";
    MARSHALL_ISLANDS = "MH" => "Marshall Islands";
    NORTHERN_MARIANA_ISLANDS = "MP" => "Northern Mariana Islands";
    PALAU = "PW" => "Palau";
    PUERTO_RICO = "PR" => "Puerto Rico";
    US_VIRGIN_ISLANDS = "VI" => "U.S. Virgin Islands";
    // US military post offices.
    ARMED_FORCES_AMERICAS = "AA" => "Armed Forces Americas";
    ARMED_FORCES_EUROPE_MIDDLE_EAST_AFRICA_AND_CANADA = "AE" => "Armed Forces Europe, Middle East, Africa and Canada";
    ARMED_FORCES_PACIFIC = "AP" => "Armed Forces Pacific";
    // Canadian provinces and territories.
    ALBERTA = "AB" => "Alberta";
    BRITISH_COLUMBIA = "BC" => "British Columbia";
    MANITOBA = "MB" => "Manitoba";
    NEW_BRUNSWICK = "NB" => "New Brunswick";
    NEWFOUNDLAND_AND_LABRADOR = "NL" => "Newfoundland and Labrador";
    NOVA_SCOTIA = "NS" => "Nova Scotia";
    NORTHWEST_TERRITORIES = "NT" => "Northwest Territories";
    NUNAVUT = "NU" => "Nunavut";
    ONTARIO = "ON" => "Ontario";
    PRINCE_EDWARD_ISLAND = "PE" => "Prince Edward Island";
    QUEBEC = "QC" => "Quebec";
    SASKATCHEWAN = "SK" => "Saskatchewan";
    YUKON = "YT" => "Yukon";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_the_postal_abbreviations() {
        let cases = [
            ("IL", Some("Illinois")),
            ("DC", Some("District of Columbia")),
            ("PR", Some("Puerto Rico")),
            (
                "AE",
                Some("Armed Forces Europe, Middle East, Africa and Canada"),
            ),
            ("NL", Some("Newfoundland and Labrador")),
            ("NF", None),
            ("ZZ", None),
            ("il", None),
        ];
        for (text, description) in cases {
            assert_eq!(
                StateOrProvince::new(text).unwrap().description(),
                description,
                "{text}"
            );
        }
        // 50 states and DC, 8 territories and associated states, 3 military, 13 Canadian.
        assert_eq!(StateOrProvince::KNOWN.len(), 75);
    }
}
