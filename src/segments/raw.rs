//! [`RawSegment`]: a segment's bytes, borrowed from the input when parsed, owned when built.

use std::borrow::Cow;
use std::io::Write;

use crate::syntax::{
    Delimiters, Location, Segment, SegmentId, SegmentWriter, WriteError, WriteOptions, Writer,
};

/// The bytes of one segment and what is needed to read them: its delimiters and, when it was
/// read from input, its place there.
///
/// Typed segments are views over a `RawSegment`, so a segment read from input is written back
/// exactly as it was (data, terminator and line break), while a built segment is written with the
/// delimiters and layout of the interchange it joins.
///
/// Two segments are equal when they hold the same bytes with the same delimiters, wherever they
/// were read and whether they were read or built: a built claim written and read back equals
/// the claim built.
#[derive(Clone, Debug)]
pub struct RawSegment<'a> {
    /// Data followed by the tail.
    bytes: Cow<'a, [u8]>,
    /// Length of the data (a segment is far shorter than 4 GiB; `Segment` keeps it as `u32`
    /// too).
    data_len: u32,
    id: SegmentId,
    delimiters: Delimiters,
    offset: u64,
    /// 1-based number in the input; 0 when not read from input.
    number: u64,
    origin: Origin,
}

impl PartialEq for RawSegment<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.data_len == other.data_len
            && self.delimiters == other.delimiters
            && self.bytes == other.bytes
    }
}

impl Eq for RawSegment<'_> {}

impl std::hash::Hash for RawSegment<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.data_len.hash(state);
        self.delimiters.hash(state);
        self.bytes.hash(state);
    }
}

/// Where a [`RawSegment`]'s bytes come from, which decides how it is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Origin {
    /// Read from input: written back exactly.
    Read,
    /// Built from values: written with the writer's delimiters and layout.
    Built,
    /// Rebuilt from a serialized form that kept the line break but not the delimiters: written
    /// with the writer's delimiters and its own line break.
    #[cfg_attr(not(feature = "serde"), allow(dead_code))]
    Detached,
}

impl<'a> RawSegment<'a> {
    /// Keeps a segment read from input.
    pub fn from_segment(segment: &Segment<'a>) -> Self {
        RawSegment {
            bytes: Cow::Borrowed(segment.as_bytes()),
            data_len: len32(segment.data().len()),
            id: segment.segment_id(),
            delimiters: segment.delimiters(),
            offset: segment.offset(),
            number: segment.number(),
            origin: Origin::Read,
        }
    }

    /// A segment from bytes (data, terminator, line break) that use `delimiters`.
    #[cfg_attr(not(feature = "serde"), allow(dead_code))]
    pub(crate) fn detached(
        bytes: Vec<u8>,
        data_len: usize,
        id: SegmentId,
        delimiters: Delimiters,
    ) -> RawSegment<'static> {
        RawSegment {
            bytes: Cow::Owned(bytes),
            data_len: len32(data_len),
            id,
            delimiters,
            offset: 0,
            number: 0,
            origin: Origin::Detached,
        }
    }

    /// Builds a segment: `fill` adds its elements through a [`SegmentWriter`]. The segment is
    /// stored with the default delimiters; when written into an interchange it takes that
    /// interchange's delimiters and layout.
    ///
    /// ```
    /// use x12_claims::segments::RawSegment;
    /// let n3 = RawSegment::build("N3", |w| {
    ///     w.text("123 MAIN ST")?;
    ///     Ok(())
    /// })?;
    /// assert_eq!(n3.view().element(1).and_then(|e| e.as_str()), Some("123 MAIN ST"));
    /// assert!(n3.is_built());
    /// # Ok::<(), x12_claims::syntax::WriteError>(())
    /// ```
    pub fn build(
        id: &str,
        fill: impl FnOnce(&mut SegmentWriter<'_, Vec<u8>>) -> Result<(), WriteError>,
    ) -> Result<RawSegment<'static>, WriteError> {
        let delimiters = Delimiters::default();
        let mut writer = Writer::new(
            Vec::new(),
            WriteOptions::default().with_delimiters(delimiters),
        );
        let mut segment = writer.start(id)?;
        fill(&mut segment)?;
        segment.finish()?;
        let bytes = writer.into_inner();
        let data_len = bytes.len().saturating_sub(1);
        let segment_id = SegmentId::new(id.as_bytes()).ok_or_else(|| WriteError::SegmentId {
            location: Location::default(),
            id: id.to_owned(),
        })?;
        Ok(RawSegment {
            bytes: Cow::Owned(bytes),
            data_len: len32(data_len),
            id: segment_id,
            delimiters,
            offset: 0,
            number: 0,
            origin: Origin::Built,
        })
    }

    /// The segment as an untyped [`Segment`] for element access.
    #[inline]
    pub fn view(&self) -> Segment<'_> {
        Segment::from_parts(
            &self.bytes,
            self.data_len as usize,
            self.offset,
            self.number,
            self.id,
            self.delimiters,
        )
    }

    /// The segment identifier.
    pub fn id(&self) -> &str {
        self.id.as_str()
    }

    /// The segment identifier as stored, for comparisons that need no text.
    pub(crate) fn segment_id(&self) -> SegmentId {
        self.id
    }

    /// Where the segment was read (a default location for built segments).
    pub fn location(&self) -> Location {
        self.view().location()
    }

    /// Whether the segment was built (or deserialized) rather than read from input.
    pub fn is_built(&self) -> bool {
        self.origin != Origin::Read
    }

    /// The same segment owning its bytes.
    pub fn into_owned(self) -> RawSegment<'static> {
        RawSegment {
            bytes: Cow::Owned(self.bytes.into_owned()),
            data_len: self.data_len,
            id: self.id,
            delimiters: self.delimiters,
            offset: self.offset,
            number: self.number,
            origin: self.origin,
        }
    }

    /// Writes the segment: exactly as read; or, when built, with the writer's delimiters (and,
    /// when deserialized, its own line break).
    pub fn write<W: Write>(&self, out: &mut Writer<W>) -> Result<(), WriteError> {
        if self.origin == Origin::Read && out.is_noting() {
            out.note_read(self.number, || self.location());
            return Ok(());
        }
        if self.origin == Origin::Read
            && out.copy_as_read(
                self.id,
                &self.bytes,
                self.data_len as usize,
                self.delimiters,
            )?
        {
            return Ok(());
        }
        let view = self.view();
        match self.origin {
            Origin::Read => out.write_segment(&view),
            Origin::Detached if self.id == "ISA" => write_isa(out, &view),
            Origin::Detached => out.write_segment_in_place(&view),
            Origin::Built => self.write_built(out, &view),
        }
    }

    /// Writes a built segment element by element with the writer's delimiters. Kept out of
    /// line: segments written as read are the common case and a single copy.
    #[inline(never)]
    fn write_built<W: Write>(
        &self,
        out: &mut Writer<W>,
        view: &Segment<'_>,
    ) -> Result<(), WriteError> {
        let mut segment = out.start(self.id())?;
        for element in view.elements() {
            let components: Vec<&[u8]> = element.components().collect();
            match components.as_slice() {
                [single] => segment.element(single)?,
                many => segment.composite(many)?,
            };
        }
        segment.finish()
    }
}

/// Writes a detached interchange header with the writer's delimiters: ISA11 (when the
/// delimiters have a repetition separator) and ISA16 become those separators, the other elements
/// are written as they are, and the header keeps its own line break.
fn write_isa<W: Write>(out: &mut Writer<W>, view: &Segment<'_>) -> Result<(), WriteError> {
    let d = out.delimiters();
    let mut isa = out.start("ISA")?;
    for (n, element) in view.elements().enumerate() {
        match (n + 1, d.repetition) {
            (11, Some(repetition)) => isa.element(&[repetition])?,
            (16, _) => isa.element(&[d.component])?,
            _ => isa.element(element.as_bytes())?,
        };
    }
    isa.finish_with_layout(view.layout(), view.is_terminated())
}

/// A data length as stored: segments are far shorter than 4 GiB.
fn len32(len: usize) -> u32 {
    u32::try_from(len).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segments::testing::segment;
    use crate::syntax::Segments;

    #[test]
    fn equal_content_is_equal_wherever_it_comes_from() {
        let read = segment("N3*1 MAIN ST~");
        let built = RawSegment::build("N3", |w| {
            w.text("1 MAIN ST")?;
            Ok(())
        })
        .unwrap();
        let moved = Segments::resume(b"N3*1 MAIN ST~", 900, 41, Delimiters::default())
            .next()
            .unwrap()
            .unwrap();
        assert_eq!(RawSegment::from_segment(&read), built);
        assert_eq!(RawSegment::from_segment(&moved), built);
        let other = RawSegment::build("N3", |w| {
            w.text("2 MAIN ST")?;
            Ok(())
        })
        .unwrap();
        assert_ne!(built, other);
        // The same data with a line break after the terminator is another segment's layout.
        let with_break = segment("N3*1 MAIN ST~\n");
        assert_ne!(RawSegment::from_segment(&with_break), built);
    }
}
