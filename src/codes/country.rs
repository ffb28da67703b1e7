//! [`Country`]: the country of an address (N404, CLM11-5), by its ISO 3166-1 alpha-2 code.

use super::code_set::code_set;

code_set! {
    /// A country, or a territory ISO 3166-1 gives its own code, by its two-letter code: the
    /// list the guides take for N404 (and CLM11-5, the country of an auto accident). Codes ISO
    /// has withdrawn (`AN` the Netherlands Antilles, `TP` East Timor, `YU` Yugoslavia) are
    /// not known.
    ///
    /// ```
    /// use x12_claims::codes::Country;
    ///
    /// assert_eq!(Country::new("CA")?, Country::CANADA);
    /// assert_eq!(Country::MEXICO.description(), Some("Mexico"));
    /// assert!(!Country::new("YU")?.is_known());
    /// # Ok::<(), x12_claims::codes::CodeError>(())
    /// ```
    pub struct Country;
    example: CANADA = "CA";

    ANDORRA = "AD" => "Andorra";
    UNITED_ARAB_EMIRATES = "AE" => "United Arab Emirates";
    AFGHANISTAN = "AF" => "Afghanistan";
    ANTIGUA_AND_BARBUDA = "AG" => "Antigua and Barbuda";
    ANGUILLA = "AI" => "Anguilla";
    ALBANIA = "AL" => "Albania";
    ARMENIA = "AM" => "Armenia";
    ANGOLA = "AO" => "Angola";
    ANTARCTICA = "AQ" => "Antarctica";
    ARGENTINA = "AR" => "Argentina";
    AMERICAN_SAMOA = "AS" => "American Samoa";
    AUSTRIA = "AT" => "Austria";
    AUSTRALIA = "AU" => "Australia";
    ARUBA = "AW" => "Aruba";
    ALAND_ISLANDS = "AX" => "Aland Islands";
    AZERBAIJAN = "AZ" => "Azerbaijan";
    BOSNIA_AND_HERZEGOVINA = "BA" => "Bosnia and Herzegovina";
    BARBADOS = "BB" => "Barbados";
    BANGLADESH = "BD" => "Bangladesh";
    BELGIUM = "BE" => "Belgium";
    BURKINA_FASO = "BF" => "Burkina Faso";
    BULGARIA = "BG" => "Bulgaria";
    BAHRAIN = "BH" => "Bahrain";
    BURUNDI = "BI" => "Burundi";
    BENIN = "BJ" => "Benin";
    SAINT_BARTHELEMY = "BL" => "Saint Barthelemy";
    BERMUDA = "BM" => "Bermuda";
    BRUNEI_DARUSSALAM = "BN" => "Brunei Darussalam";
    BOLIVIA = "BO" => "Bolivia";
    BONAIRE_SINT_EUSTATIUS_AND_SABA = "BQ" => "Bonaire, Sint Eustatius and Saba";
    BRAZIL = "BR" => "Brazil";
    BAHAMAS = "BS" => "Bahamas";
    BHUTAN = "BT" => "Bhutan";
    BOUVET_ISLAND = "BV" => "Bouvet Island";
    BOTSWANA = "BW" => "Botswana";
    BELARUS = "BY" => "Belarus";
    BELIZE = "BZ" => "Belize";
    CANADA = "CA" => "Canada";
    COCOS_KEELING_ISLANDS = "CC" => "Cocos (Keeling) Islands";
    CONGO_DEMOCRATIC_REPUBLIC_OF_THE = "CD" => "Congo, Democratic Republic of the";
    CENTRAL_AFRICAN_REPUBLIC = "CF" => "Central African Republic";
    CONGO = "CG" => "Congo";
    SWITZERLAND = "CH" => "Switzerland";
    COTE_D_IVOIRE = "CI" => "Cote d'Ivoire";
    COOK_ISLANDS = "CK" => "Cook Islands";
    CHILE = "CL" => "Chile";
    CAMEROON = "CM" => "Cameroon";
    CHINA = "CN" => "China";
    COLOMBIA = "CO" => "Colombia";
    COSTA_RICA = "CR" => "Costa Rica";
    CUBA = "CU" => "Cuba";
    CABO_VERDE = "CV" => "Cabo Verde";
    CURACAO = "CW" => "Curacao";
    CHRISTMAS_ISLAND = "CX" => "Christmas Island";
    CYPRUS = "CY" => "Cyprus";
    CZECHIA = "CZ" => "Czechia";
    GERMANY = "DE" => "Germany";
    DJIBOUTI = "DJ" => "Djibouti";
    DENMARK = "DK" => "Denmark";
    DOMINICA = "DM" => "Dominica";
    DOMINICAN_REPUBLIC = "DO" => "Dominican Republic";
    ALGERIA = "DZ" => "Algeria";
    ECUADOR = "EC" => "Ecuador";
    ESTONIA = "EE" => "Estonia";
    EGYPT = "EG" => "Egypt";
    WESTERN_SAHARA = "EH" => "Western Sahara";
    ERITREA = "ER" => "Eritrea";
    SPAIN = "ES" => "Spain";
    ETHIOPIA = "ET" => "Ethiopia";
    FINLAND = "FI" => "Finland";
    FIJI = "FJ" => "Fiji";
    FALKLAND_ISLANDS_MALVINAS = "FK" => "Falkland Islands (Malvinas)";
    MICRONESIA_FEDERATED_STATES_OF = "FM" => "Micronesia, Federated States of";
    FAROE_ISLANDS = "FO" => "Faroe Islands";
    FRANCE = "FR" => "France";
    GABON = "GA" => "Gabon";
    UNITED_KINGDOM = "GB" => "United Kingdom";
    GRENADA = "GD" => "Grenada";
    GEORGIA = "GE" => "Georgia";
    FRENCH_GUIANA = "GF" => "French Guiana";
    GUERNSEY = "GG" => "Guernsey";
    GHANA = "GH" => "Ghana";
    GIBRALTAR = "GI" => "Gibraltar";
    GREENLAND = "GL" => "Greenland";
    GAMBIA = "GM" => "Gambia";
    GUINEA = "GN" => "Guinea";
    GUADELOUPE = "GP" => "Guadeloupe";
    EQUATORIAL_GUINEA = "GQ" => "Equatorial Guinea";
    GREECE = "GR" => "Greece";
    SOUTH_GEORGIA_AND_THE_SOUTH_SANDWICH_ISLANDS = "GS" => "South Georgia and the South Sandwich Islands";
    GUATEMALA = "GT" => "Guatemala";
    GUAM = "GU" => "Guam";
    GUINEA_BISSAU = "GW" => "Guinea-Bissau";
    GUYANA = "GY" => "Guyana";
    HONG_KONG = "HK" => "Hong Kong";
    HEARD_ISLAND_AND_MCDONALD_ISLANDS = "HM" => "Heard Island and McDonald Islands";
    HONDURAS = "HN" => "Honduras";
    CROATIA = "HR" => "Croatia";
    HAITI = "HT" => "Haiti";
    HUNGARY = "HU" => "Hungary";
    INDONESIA = "ID" => "Indonesia";
    IRELAND = "IE" => "Ireland";
    ISRAEL = "IL" => "Israel";
    ISLE_OF_MAN = "IM" => "Isle of Man";
    INDIA = "IN" => "India";
    BRITISH_INDIAN_OCEAN_TERRITORY = "IO" => "British Indian Ocean Territory";
    IRAQ = "IQ" => "Iraq";
    IRAN = "IR" => "Iran";
    ICELAND = "IS" => "Iceland";
    ITALY = "IT" => "Italy";
    JERSEY = "JE" => "Jersey";
    JAMAICA = "JM" => "Jamaica";
    JORDAN = "JO" => "Jordan";
    JAPAN = "JP" => "Japan";
    KENYA = "KE" => "Kenya";
    KYRGYZSTAN = "KG" => "Kyrgyzstan";
    CAMBODIA = "KH" => "Cambodia";
    KIRIBATI = "KI" => "Kiribati";
    COMOROS = "KM" => "Comoros";
    SAINT_KITTS_AND_NEVIS = "KN" => "Saint Kitts and Nevis";
    KOREA_DEMOCRATIC_PEOPLE_S_REPUBLIC_OF = "KP" => "Korea, Democratic People's Republic of";
    KOREA_REPUBLIC_OF = "KR" => "Korea, Republic of";
    KUWAIT = "KW" => "Kuwait";
    CAYMAN_ISLANDS = "KY" => "Cayman Islands";
    KAZAKHSTAN = "KZ" => "Kazakhstan";
    LAO_PEOPLE_S_DEMOCRATIC_REPUBLIC = "LA" => "Lao People's Democratic Republic";
    LEBANON = "LB" => "Lebanon";
    SAINT_LUCIA = "LC" => "Saint Lucia";
    LIECHTENSTEIN = "LI" => "Liechtenstein";
    SRI_LANKA = "LK" => "Sri Lanka";
    LIBERIA = "LR" => "Liberia";
    LESOTHO = "LS" => "Lesotho";
    LITHUANIA = "LT" => "Lithuania";
    LUXEMBOURG = "LU" => "Luxembourg";
    LATVIA = "LV" => "Latvia";
    LIBYA = "LY" => "Libya";
    MOROCCO = "MA" => "Morocco";
    MONACO = "MC" => "Monaco";
    MOLDOVA = "MD" => "Moldova";
    MONTENEGRO = "ME" => "Montenegro";
    SAINT_MARTIN_FRENCH_PART = "MF" => "Saint Martin (French part)";
    MADAGASCAR = "MG" => "Madagascar";
    MARSHALL_ISLANDS = "MH" => "Marshall Islands";
    NORTH_MACEDONIA = "MK" => "North Macedonia";
    MALI = "ML" => "Mali";
    MYANMAR = "MM" => "Myanmar";
    MONGOLIA = "MN" => "Mongolia";
    MACAO = "MO" => "Macao";
    NORTHERN_MARIANA_ISLANDS = "MP" => "Northern Mariana Islands";
    MARTINIQUE = "MQ" => "Martinique";
    MAURITANIA = "MR" => "Mauritania";
    MONTSERRAT = "MS" => "Montserrat";
    MALTA = "MT" => "Malta";
    MAURITIUS = "MU" => "Mauritius";
    MALDIVES = "MV" => "Maldives";
    MALAWI = "MW" => "Malawi";
    MEXICO = "MX" => "Mexico";
    MALAYSIA = "MY" => "Malaysia";
    MOZAMBIQUE = "MZ" => "Mozambique";
    NAMIBIA = "NA" => "Namibia";
    NEW_CALEDONIA = "NC" => "New Caledonia";
    NIGER = "NE" => "Niger";
    NORFOLK_ISLAND = "NF" => "Norfolk Island";
    NIGERIA = "NG" => "Nigeria";
    NICARAGUA = "NI" => "Nicaragua";
    NETHERLANDS = "NL" => "Netherlands";
    NORWAY = "NO" => "Norway";
    NEPAL = "NP" => "Nepal";
    NAURU = "NR" => "Nauru";
    NIUE = "NU" => "Niue";
    NEW_ZEALAND = "NZ" => "New Zealand";
    OMAN = "OM" => "Oman";
    PANAMA = "PA" => "Panama";
    PERU = "PE" => "Peru";
    FRENCH_POLYNESIA = "PF" => "French Polynesia";
    PAPUA_NEW_GUINEA = "PG" => "Papua New Guinea";
    PHILIPPINES = "PH" => "Philippines";
    PAKISTAN = "PK" => "Pakistan";
    POLAND = "PL" => "Poland";
    SAINT_PIERRE_AND_MIQUELON = "PM" => "Saint Pierre and Miquelon";
    PITCAIRN = "PN" => "Pitcairn";
    PUERTO_RICO = "PR" => "Puerto Rico";
    PALESTINE_STATE_OF = "PS" => "Palestine, State of";
    PORTUGAL = "PT" => "Portugal";
    PALAU = "PW" => "Palau";
    PARAGUAY = "PY" => "Paraguay";
    QATAR = "QA" => "Qatar";
    REUNION = "RE" => "Reunion";
    ROMANIA = "RO" => "Romania";
    SERBIA = "RS" => "Serbia";
    RUSSIAN_FEDERATION = "RU" => "Russian Federation";
    RWANDA = "RW" => "Rwanda";
    SAUDI_ARABIA = "SA" => "Saudi Arabia";
    SOLOMON_ISLANDS = "SB" => "Solomon Islands";
    SEYCHELLES = "SC" => "Seychelles";
    SUDAN = "SD" => "Sudan";
    SWEDEN = "SE" => "Sweden";
    SINGAPORE = "SG" => "Singapore";
    SAINT_HELENA_ASCENSION_AND_TRISTAN_DA_CUNHA = "SH" => "Saint Helena, Ascension and Tristan da Cunha";
    SLOVENIA = "SI" => "Slovenia";
    SVALBARD_AND_JAN_MAYEN = "SJ" => "Svalbard and Jan Mayen";
    SLOVAKIA = "SK" => "Slovakia";
    SIERRA_LEONE = "SL" => "Sierra Leone";
    SAN_MARINO = "SM" => "San Marino";
    SENEGAL = "SN" => "Senegal";
    SOMALIA = "SO" => "Somalia";
    SURINAME = "SR" => "Suriname";
    SOUTH_SUDAN = "SS" => "South Sudan";
    SAO_TOME_AND_PRINCIPE = "ST" => "Sao Tome and Principe";
    EL_SALVADOR = "SV" => "El Salvador";
    SINT_MAARTEN_DUTCH_PART = "SX" => "Sint Maarten (Dutch part)";
    SYRIAN_ARAB_REPUBLIC = "SY" => "Syrian Arab Republic";
    ESWATINI = "SZ" => "Eswatini";
    TURKS_AND_CAICOS_ISLANDS = "TC" => "Turks and Caicos Islands";
    CHAD = "TD" => "Chad";
    FRENCH_SOUTHERN_TERRITORIES = "TF" => "French Southern Territories";
    TOGO = "TG" => "Togo";
    THAILAND = "TH" => "Thailand";
    TAJIKISTAN = "TJ" => "Tajikistan";
    TOKELAU = "TK" => "Tokelau";
    TIMOR_LESTE = "TL" => "Timor-Leste";
    TURKMENISTAN = "TM" => "Turkmenistan";
    TUNISIA = "TN" => "Tunisia";
    TONGA = "TO" => "Tonga";
    TURKIYE = "TR" => "Turkiye";
    TRINIDAD_AND_TOBAGO = "TT" => "Trinidad and Tobago";
    TUVALU = "TV" => "Tuvalu";
    TAIWAN = "TW" => "Taiwan";
    TANZANIA = "TZ" => "Tanzania";
    UKRAINE = "UA" => "Ukraine";
    UGANDA = "UG" => "Uganda";
    UNITED_STATES_MINOR_OUTLYING_ISLANDS = "UM" => "United States Minor Outlying Islands";
    UNITED_STATES_OF_AMERICA = "US" => "United States of America";
    URUGUAY = "UY" => "Uruguay";
    UZBEKISTAN = "UZ" => "Uzbekistan";
    HOLY_SEE = "VA" => "Holy See";
    SAINT_VINCENT_AND_THE_GRENADINES = "VC" => "Saint Vincent and the Grenadines";
    VENEZUELA = "VE" => "Venezuela";
    VIRGIN_ISLANDS_BRITISH = "VG" => "Virgin Islands (British)";
    VIRGIN_ISLANDS_U_S = "VI" => "Virgin Islands (U.S.)";
    VIET_NAM = "VN" => "Viet Nam";
    VANUATU = "VU" => "Vanuatu";
    WALLIS_AND_FUTUNA = "WF" => "Wallis and Futuna";
    SAMOA = "WS" => "Samoa";
    YEMEN = "YE" => "Yemen";
    MAYOTTE = "YT" => "Mayotte";
    SOUTH_AFRICA = "ZA" => "South Africa";
    ZAMBIA = "ZM" => "Zambia";
    ZIMBABWE = "ZW" => "Zimbabwe";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_the_iso_codes() {
        let cases = [
            ("US", Some("United States of America")),
            ("GB", Some("United Kingdom")),
            ("SS", Some("South Sudan")),
            ("TL", Some("Timor-Leste")),
            ("TP", None),
            ("AN", None),
            ("UK", None),
            ("us", None),
        ];
        for (text, description) in cases {
            assert_eq!(
                Country::new(text).unwrap().description(),
                description,
                "{text}"
            );
        }
        // The 249 codes ISO 3166-1 assigns.
        assert_eq!(Country::KNOWN.len(), 249);
    }
}
