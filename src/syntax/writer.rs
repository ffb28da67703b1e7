//! [`Writer`]: writes segments read from input (exactly as they were, or re-delimited) and
//! segments built element by element.

use std::io::{self, Write};

use super::delimiters::{ByteText, Delimiters};
use super::location::{Location, SegmentId};
use super::segment::{Segment, layout_of};

/// What to put after each segment terminator.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub enum Layout {
    /// Segments read from input keep the line break or indentation they had; built segments get
    /// the layout of the last input segment written, or none. The default.
    #[default]
    Preserve,
    /// Nothing: the whole interchange on one line.
    None,
    /// A line feed after each terminator.
    Lf,
    /// A carriage return and line feed after each terminator.
    CrLf,
}

/// How a [`Writer`] writes. The default reproduces input segments byte for byte.
///
/// ```
/// use x12_claims::syntax::{Layout, WriteOptions};
/// let options = WriteOptions::default().with_layout(Layout::Lf);
/// assert_eq!((options.delimiters, options.layout), (None, Layout::Lf));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct WriteOptions {
    /// Delimiters to write with. Default `None`: segments read from input keep their own, and
    /// built segments use those of the last input segment written, or [`Delimiters::default`].
    pub delimiters: Option<Delimiters>,
    /// What follows each terminator. Default [`Layout::Preserve`].
    pub layout: Layout,
}

impl WriteOptions {
    /// The same options writing with `delimiters`.
    pub fn with_delimiters(mut self, delimiters: Delimiters) -> Self {
        self.delimiters = Some(delimiters);
        self
    }

    /// The same options with another layout.
    pub fn with_layout(mut self, layout: Layout) -> Self {
        self.layout = layout;
        self
    }
}

/// A segment that cannot be written.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum WriteError {
    /// The underlying writer failed.
    #[error("write failed: {0}")]
    Io(#[from] io::Error),
    /// A value contains a byte that is one of the output delimiters (X12 has no escapes).
    #[error(
        "{location}: the value contains {byte}, which is a delimiter in the output; X12 has no escape, so choose other delimiters or remove it"
    )]
    DelimiterInData {
        /// Where in the output (offset and segment number count the output).
        location: Location,
        /// The offending byte.
        byte: ByteText,
    },
    /// A segment identifier that X12 does not allow.
    #[error("{location}: {id:?} is not a segment identifier (2 or 3 upper-case letters or digits)")]
    SegmentId {
        /// Where in the output.
        location: Location,
        /// The identifier given.
        id: String,
    },
}

impl WriteError {
    /// Where in the output the problem is, when it concerns a segment.
    pub fn location(&self) -> Option<Location> {
        match self {
            WriteError::Io(_) => None,
            WriteError::DelimiterInData { location, .. }
            | WriteError::SegmentId { location, .. } => Some(*location),
        }
    }
}

/// Writes segments to any [`Write`].
///
/// ```
/// use x12_claims::syntax::{Layout, Segments, WriteOptions, Writer};
/// let input = b"ISA*00*          *00*          *ZZ*SUBMITTER      *ZZ*RECEIVER       *240320*1200*^*00501*000000101*1*T*:~\nN4*PORTLAND*OR*97204~\n";
///
/// // Unchanged options: the exact input bytes.
/// let mut same = Writer::new(Vec::new(), WriteOptions::default());
/// for segment in Segments::new(input) {
///     same.write_segment(&segment?)?;
/// }
/// assert_eq!(same.into_inner(), input);
///
/// // Built segments: trailing empty elements are dropped, as X12 requires.
/// let options = WriteOptions::default().with_layout(Layout::Lf);
/// let mut built = Writer::new(Vec::new(), options);
/// built.start("NM1")?.text("87")?.text("2")?.empty().empty().finish()?;
/// built.start("CLM")?.text("A1")?.text("180")?.empty().empty().composite(&["10", "B", "1"])?.finish()?;
/// assert_eq!(built.into_inner(), b"NM1*87*2~\nCLM*A1*180***10:B:1~\n");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug)]
pub struct Writer<W: Write> {
    out: W,
    options: WriteOptions,
    current: Delimiters,
    /// Whether `current` was set by an interchange header written or by
    /// [`use_delimiters`](Writer::use_delimiters): then segments read elsewhere are written with
    /// it. Before that, a segment read from input keeps its own delimiters.
    pinned: bool,
    last_layout: [u8; 8],
    last_layout_len: usize,
    written: u64,
    segments: u64,
    /// The delimiter mapping last built: consecutive segments nearly always need the same one,
    /// and building it costs more than mapping a short segment.
    translation: Option<Translation>,
    /// The re-delimited segment being assembled, reused from segment to segment.
    scratch: Vec<u8>,
    /// Delimiters with which a segment read from input (other than an interchange header) is
    /// written exactly as read, as the last such segment was: a shortcut past resolving the
    /// target delimiters for every segment of a long run.
    copied: Option<Delimiters>,
    /// What is noted of the segments read from input that are written, instead of writing
    /// them (see [`note`](Writer::note)).
    noting: Option<Noting>,
}

/// What a [`Writer`] notes of the segments read from input that it is given, instead of
/// writing them: the order a loop model writes its segments in is the guide's, so comparing it
/// with the order they were read in tells which stand out of it.
#[derive(Debug)]
pub(crate) enum Noting {
    /// Whether they come in the order read: the number of the last, and whether each so far
    /// came after the one before.
    Order { last: u64, in_order: bool },
    /// Where each was read, in the order given.
    Places(Vec<Location>),
}

impl<W: Write> Writer<W> {
    /// A writer with the given options.
    pub fn new(out: W, options: WriteOptions) -> Self {
        Writer {
            out,
            options,
            current: options.delimiters.unwrap_or_default(),
            pinned: false,
            last_layout: [0; 8],
            last_layout_len: 0,
            written: 0,
            segments: 0,
            translation: None,
            scratch: Vec::new(),
            copied: None,
            noting: None,
        }
    }

    /// From now on, notes `noting` of each segment read from input that it is given, and
    /// writes no such segment.
    pub(crate) fn note(&mut self, noting: Noting) {
        self.noting = Some(noting);
    }

    /// What was noted since [`note`](Writer::note).
    pub(crate) fn take_noted(&mut self) -> Option<Noting> {
        self.noting.take()
    }

    /// Whether segments read from input are noted rather than written (see
    /// [`note`](Writer::note)).
    #[inline]
    pub(crate) fn is_noting(&self) -> bool {
        self.noting.is_some()
    }

    /// Notes a segment read from input (number `number`, at `at`) instead of writing it, when
    /// segments are noted.
    #[cold]
    pub(crate) fn note_read(&mut self, number: u64, at: impl FnOnce() -> Location) {
        match &mut self.noting {
            Some(Noting::Order { last, in_order }) => {
                *in_order &= number > *last;
                *last = number;
            }
            Some(Noting::Places(places)) => places.push(at()),
            None => {}
        }
    }

    /// The delimiters built segments are written with now.
    pub fn delimiters(&self) -> Delimiters {
        self.current
    }

    /// Bytes written so far.
    pub fn bytes_written(&self) -> u64 {
        self.written
    }

    /// Segments written so far (read and built).
    pub fn segments_written(&self) -> u64 {
        self.segments
    }

    /// Gives back the underlying writer.
    pub fn into_inner(self) -> W {
        self.out
    }

    /// Flushes the underlying writer.
    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }

    fn put(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.out.write_all(bytes)?;
        self.written += bytes.len() as u64;
        Ok(())
    }

    /// Writes the bytes before the first interchange (byte order mark, white space). With
    /// [`Layout::Preserve`] they are written as they are; otherwise only a byte order mark is
    /// kept.
    pub fn write_preamble(&mut self, preamble: &[u8]) -> io::Result<()> {
        match self.options.layout {
            Layout::Preserve => self.put(preamble),
            _ if preamble.starts_with(b"\xEF\xBB\xBF") => self.put(b"\xEF\xBB\xBF"),
            _ => Ok(()),
        }
    }

    /// Writes a segment read from input: its exact bytes when the options change nothing,
    /// otherwise re-delimited and laid out as the options say.
    ///
    /// Inside an interchange (after its header is written, read or built), a segment read with
    /// other delimiters, say from another file, takes the interchange's; an interchange header
    /// read from input brings its own.
    pub fn write_segment(&mut self, segment: &Segment<'_>) -> Result<(), WriteError> {
        if self.copy_as_read(
            segment.segment_id(),
            segment.as_bytes(),
            segment.data().len(),
            segment.delimiters(),
        )? {
            return Ok(());
        }
        let is_header = segment.segment_id() == "ISA";
        let target = match self.options.delimiters {
            Some(d) => d,
            None if self.pinned && !is_header => self.current,
            None => segment.delimiters(),
        };
        self.write_segment_with(segment, target)?;
        self.pinned |= is_header;
        // A read segment with these delimiters now resolves to them again (those of the
        // options, of the interchange, or its own before any interchange): copy it as is.
        let source = segment.delimiters();
        self.copied =
            (self.current == source && self.options.layout == Layout::Preserve).then_some(source);
        Ok(())
    }

    /// Copies a segment read from input (`bytes`: its data, `data_len` long, then its tail)
    /// when the delimiters and layout it would be written with are its own, as they are for
    /// every segment after the first of an interchange being written back; `Ok(false)`, with
    /// nothing written, when it must go through [`write_segment`](Writer::write_segment). An
    /// ISA always goes through it, since it sets the delimiters.
    #[inline]
    pub(crate) fn copy_as_read(
        &mut self,
        id: SegmentId,
        bytes: &[u8],
        data_len: usize,
        delimiters: Delimiters,
    ) -> Result<bool, WriteError> {
        if self.copied != Some(delimiters) || id == "ISA" {
            return Ok(false);
        }
        self.segments += 1;
        self.put(bytes)?;
        let tail = bytes.get(data_len..).unwrap_or_default();
        self.remember_layout(layout_of(tail, delimiters.segment));
        Ok(true)
    }

    /// Writes a segment that carries its own line break but whose delimiters are arbitrary
    /// (one rebuilt from JSON, for instance): it is re-delimited to the delimiters in use, those
    /// of the options or else of the last interchange header written (see
    /// [`use_delimiters`](Writer::use_delimiters)), and keeps its line break.
    pub fn write_segment_in_place(&mut self, segment: &Segment<'_>) -> Result<(), WriteError> {
        let target = self.options.delimiters.unwrap_or(self.current);
        // This may change the delimiters in use (an ISA11 dropped for an older version).
        self.copied = None;
        self.write_segment_with(segment, target)
    }

    /// Sets the delimiters that built segments, and segments written with
    /// [`write_segment_in_place`](Writer::write_segment_in_place), are written with from now on
    /// (options that set delimiters still take precedence).
    pub fn use_delimiters(&mut self, delimiters: Delimiters) {
        self.current = delimiters;
        self.pinned = true;
        self.copied = None;
    }

    #[inline]
    fn write_segment_with(
        &mut self,
        segment: &Segment<'_>,
        mut target: Delimiters,
    ) -> Result<(), WriteError> {
        let source = segment.delimiters();
        if source.repetition.is_none() {
            // Before 00501 ISA11 is not a separator, so there is nothing to map it to.
            target.repetition = None;
        }
        self.segments += 1;
        if target == source && self.options.layout == Layout::Preserve {
            // Data, terminator and line break lie next to each other: one write.
            self.put(segment.as_bytes())?;
        } else {
            self.write_translated(segment, source, target)?;
        }
        self.current = target;
        self.remember_layout(segment.layout());
        Ok(())
    }

    /// Writes a segment re-delimited from `source` to `target` and laid out as the options
    /// say. Kept out of line: the common case, a segment written as read, is a single copy.
    #[inline(never)]
    fn write_translated(
        &mut self,
        segment: &Segment<'_>,
        source: Delimiters,
        target: Delimiters,
    ) -> Result<(), WriteError> {
        let location =
            Location::new(self.written, self.segments).with_id(Some(segment.segment_id()));
        let map = match &mut self.translation {
            Some(t) if t.source == source && t.target == target => t,
            slot => slot.insert(Translation::new(source, target)),
        };
        let mut buffer = std::mem::take(&mut self.scratch);
        buffer.clear();
        buffer.reserve(segment.data().len() + 4);
        for &byte in segment.data() {
            let mapped = map.apply(byte);
            if mapped.is_none() {
                return Err(WriteError::DelimiterInData {
                    location,
                    byte: ByteText(byte),
                });
            }
            buffer.extend(mapped);
        }
        // Keeping the layout keeps a last segment without a terminator as it is; any other
        // layout writes every segment terminated.
        if segment.is_terminated() || self.options.layout != Layout::Preserve {
            buffer.push(target.segment);
        }
        match self.options.layout {
            Layout::Preserve => buffer.extend(
                segment
                    .layout()
                    .iter()
                    .filter(|&&b| !target.is_delimiter(b)),
            ),
            layout => buffer.extend_from_slice(line_break(layout, target.segment)),
        }
        let written = self.put(&buffer);
        self.scratch = buffer;
        written?;
        Ok(())
    }

    /// Keeps the first bytes of a segment's layout for the built segments after it. Layouts
    /// are a few bytes, so they are copied byte by byte rather than with a call.
    #[inline]
    fn remember_layout(&mut self, layout: &[u8]) {
        let mut len = 0;
        for (dst, src) in self.last_layout.iter_mut().zip(layout) {
            *dst = *src;
            len += 1;
        }
        self.last_layout_len = len;
    }

    /// Starts a built segment; add its elements in order, then call
    /// [`finish`](SegmentWriter::finish).
    pub fn start(&mut self, id: &str) -> Result<SegmentWriter<'_, W>, WriteError> {
        self.segments += 1;
        let location = Location::new(self.written, self.segments);
        let Some(segment_id) = SegmentId::new(id.as_bytes()) else {
            return Err(WriteError::SegmentId {
                location,
                id: id.to_owned(),
            });
        };
        self.put(id.as_bytes())?;
        self.pinned |= id == "ISA";
        Ok(SegmentWriter {
            location: location.with_id(Some(segment_id)),
            is_isa: id == "ISA",
            writer: self,
            position: 0,
            pending_empty: 0,
        })
    }
}

/// The layout bytes to write after `terminator`; a line-break terminator needs no more.
fn line_break(layout: Layout, terminator: u8) -> &'static [u8] {
    match (layout, terminator) {
        (_, b'\n') | (Layout::None | Layout::Preserve, _) => b"",
        (Layout::Lf | Layout::CrLf, b'\r') | (Layout::Lf, _) => b"\n",
        (Layout::CrLf, _) => b"\r\n",
    }
}

/// Byte-for-byte delimiter mapping from one set to another; `None` for a data byte that would
/// become a delimiter.
struct Translation {
    source: Delimiters,
    target: Delimiters,
    table: [Option<u8>; 256],
}

impl std::fmt::Debug for Translation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Translation")
            .field("source", &self.source)
            .field("target", &self.target)
            .finish_non_exhaustive()
    }
}

impl Translation {
    fn new(source: Delimiters, target: Delimiters) -> Self {
        let mut table = [None; 256];
        for (byte, slot) in (0..=255u8).zip(table.iter_mut()) {
            *slot = (!target.is_delimiter(byte)).then_some(byte);
        }
        let pairs = [
            (Some(source.element), Some(target.element)),
            (Some(source.component), Some(target.component)),
            (source.repetition, target.repetition),
        ];
        for (from, to) in pairs {
            if let Some(slot) = from.and_then(|f| table.get_mut(usize::from(f))) {
                *slot = to;
            }
        }
        Translation {
            source,
            target,
            table,
        }
    }

    #[inline]
    fn apply(&self, byte: u8) -> Option<u8> {
        self.table.get(usize::from(byte)).copied().flatten()
    }
}

/// Writes the elements of one built segment; obtained from [`Writer::start`].
///
/// Empty elements are held back and only written when a non-empty element follows, so trailing
/// empty elements (and trailing empty components) are dropped, as X12 requires.
#[derive(Debug)]
pub struct SegmentWriter<'w, W: Write> {
    writer: &'w mut Writer<W>,
    location: Location,
    is_isa: bool,
    position: u16,
    pending_empty: usize,
}

impl<W: Write> SegmentWriter<'_, W> {
    fn check(&self, value: &[u8], allow: Option<u8>) -> Result<(), WriteError> {
        let d = self.writer.current;
        match value
            .iter()
            .find(|&&b| d.is_delimiter(b) && Some(b) != allow)
        {
            Some(&byte) => Err(WriteError::DelimiterInData {
                location: self.location.with_element(self.position),
                byte: ByteText(byte),
            }),
            None => Ok(()),
        }
    }

    fn separators(&mut self) -> io::Result<()> {
        let sep = self.writer.current.element;
        for _ in 0..=self.pending_empty {
            self.writer.put(&[sep])?;
        }
        self.pending_empty = 0;
        Ok(())
    }

    /// Adds a simple element (bytes). An empty value is the same as [`empty`](Self::empty).
    pub fn element(&mut self, value: &[u8]) -> Result<&mut Self, WriteError> {
        self.position += 1;
        if value.is_empty() {
            self.pending_empty += 1;
            return Ok(self);
        }
        // ISA11 and ISA16 hold the repetition and component separators themselves.
        let allow = match (self.is_isa, self.position) {
            (true, 11) => self.writer.current.repetition,
            (true, 16) => Some(self.writer.current.component),
            _ => None,
        };
        self.check(value, allow)?;
        self.separators()?;
        self.writer.put(value)?;
        Ok(self)
    }

    /// Adds a simple element (text).
    pub fn text(&mut self, value: &str) -> Result<&mut Self, WriteError> {
        self.element(value.as_bytes())
    }

    /// Adds an empty element.
    pub fn empty(&mut self) -> &mut Self {
        self.position += 1;
        self.pending_empty += 1;
        self
    }

    /// Adds a composite element; trailing empty components are dropped.
    pub fn composite<T: AsRef<[u8]>>(&mut self, components: &[T]) -> Result<&mut Self, WriteError> {
        let used = components
            .iter()
            .rposition(|c| !c.as_ref().is_empty())
            .map_or(0, |last| last + 1);
        self.position += 1;
        if used == 0 {
            self.pending_empty += 1;
            return Ok(self);
        }
        for component in components.iter().take(used) {
            self.check(component.as_ref(), None)?;
        }
        self.separators()?;
        let sep = self.writer.current.component;
        for (i, component) in components.iter().take(used).enumerate() {
            if i > 0 {
                self.writer.put(&[sep])?;
            }
            self.writer.put(component.as_ref())?;
        }
        Ok(self)
    }

    /// Ends the segment with its own line break: the terminator (unless `terminated` is false,
    /// for the last segment of an input that lacks one) followed by `layout`, whatever the
    /// options say. For segments rebuilt from a form that kept their line break.
    pub fn finish_with_layout(
        &mut self,
        layout: &[u8],
        terminated: bool,
    ) -> Result<(), WriteError> {
        let w = &mut *self.writer;
        if terminated {
            let terminator = w.current.segment;
            w.put(&[terminator])?;
        }
        w.put(layout)?;
        w.remember_layout(layout);
        self.pending_empty = 0;
        Ok(())
    }

    /// Ends the segment: writes the terminator and the layout the options ask for.
    pub fn finish(&mut self) -> Result<(), WriteError> {
        let w = &mut *self.writer;
        let terminator = w.current.segment;
        let (saved, saved_len) = (w.last_layout, w.last_layout_len);
        let layout: &[u8] = match w.options.layout {
            Layout::Preserve => saved.get(..saved_len).unwrap_or_default(),
            other => line_break(other, terminator),
        };
        w.put(&[terminator])?;
        w.put(layout)?;
        self.pending_empty = 0;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::Segments;

    const ISA: &str = "ISA*00*          *00*          *ZZ*SUBMITTER      *ZZ*RECEIVER       *240320*1200*^*00501*000000101*1*T*:~";

    fn rewrite(input: &str, options: WriteOptions) -> Result<String, WriteError> {
        let mut segments = Segments::new(input.as_bytes());
        let all: Vec<_> = segments.by_ref().collect::<Result<_, _>>().unwrap();
        let mut w = Writer::new(Vec::new(), options);
        w.write_preamble(segments.preamble())?;
        for s in &all {
            w.write_segment(s)?;
        }
        Ok(String::from_utf8(w.into_inner()).unwrap())
    }

    #[test]
    fn re_delimits_including_the_isa_header() {
        let input = format!("{ISA}\r\nCLM*A1*180***10:B:1~\r\nCTX*A^B~\r\n");
        let options = WriteOptions {
            delimiters: Some("|>!\\n".parse().unwrap()),
            layout: Layout::None,
        };
        let out = rewrite(&input, options).unwrap();
        let expected = format!(
            "{}\nCLM|A1|180|||10>B>1\nCTX|A!B\n",
            ISA.replace('*', "|")
                .replace("|^|", "|!|")
                .replace("|:~", "|>")
        );
        assert_eq!(out, expected);
    }

    #[test]
    fn an_unterminated_last_segment_stays_so_when_only_delimiters_change() {
        let input = format!("{ISA}\nIEA*1*000000101");
        let bars = "|>!~".parse().unwrap();
        let kept = rewrite(&input, WriteOptions::default().with_delimiters(bars)).unwrap();
        assert!(kept.ends_with("|>~\nIEA|1|000000101"), "{kept}");
        // A layout of the writer's own terminates every segment.
        let options = WriteOptions {
            delimiters: Some(bars),
            layout: Layout::None,
        };
        let laid_out = rewrite(&input, options).unwrap();
        assert!(laid_out.ends_with("|>~IEA|1|000000101~"), "{laid_out}");
    }

    #[test]
    fn layouts() {
        let input = format!("  {ISA}\n  GS*HC~\n  ST*837~");
        let one_line = WriteOptions {
            layout: Layout::None,
            ..Default::default()
        };
        assert_eq!(
            rewrite(&input, one_line).unwrap(),
            format!("{ISA}GS*HC~ST*837~")
        );
        let crlf = WriteOptions {
            layout: Layout::CrLf,
            ..Default::default()
        };
        assert_eq!(
            rewrite(&input, crlf).unwrap(),
            format!("{ISA}\r\nGS*HC~\r\nST*837~\r\n")
        );
        assert_eq!(rewrite(&input, WriteOptions::default()).unwrap(), input);
    }

    #[test]
    fn data_byte_that_becomes_a_delimiter_is_refused() {
        let input = format!("{ISA}N3*A|B~");
        let options = WriteOptions {
            delimiters: Some("|:^~".parse().unwrap()),
            ..Default::default()
        };
        let err = rewrite(&input, options).unwrap_err();
        assert_eq!(
            err.to_string(),
            "segment 2 N3 (byte 106): the value contains '|', which is a delimiter in the output; X12 has no escape, so choose other delimiters or remove it"
        );
    }

    #[test]
    fn built_segments_drop_trailing_empties_and_check_data() {
        let mut w = Writer::new(Vec::new(), WriteOptions::default());
        w.start("SV1")
            .unwrap()
            .composite(&["HC", "90837", "95", "", ""])
            .unwrap()
            .text("180")
            .unwrap()
            .empty()
            .composite(&["", ""])
            .unwrap()
            .finish()
            .unwrap();
        w.start("SE").unwrap().finish().unwrap();
        assert_eq!(w.bytes_written(), 23);
        let err = w.start("N3").unwrap().text("A*B").unwrap_err();
        assert_eq!(
            err.location().unwrap().to_string(),
            "segment 3 N301 (byte 23)"
        );
        assert!(w.start("n3").is_err());
        assert_eq!(
            String::from_utf8(w.into_inner()).unwrap(),
            "SV1*HC:90837:95*180~SE~N3"
        );
    }

    #[test]
    fn segments_from_other_input_are_re_delimited_between_copied_ones() {
        let ours = format!("{ISA}\nN3*1 MAIN ST~\nN4*PORTLAND*OR*97204~\n");
        let theirs = ISA.replace('*', "|").replace("|:~", "|>\n") + "N3|2 ELM ST\n";
        let ours: Vec<_> = Segments::new(ours.as_bytes()).map(Result::unwrap).collect();
        let theirs: Vec<_> = Segments::new(theirs.as_bytes())
            .map(Result::unwrap)
            .collect();
        let mut w = Writer::new(Vec::new(), WriteOptions::default());
        // Before any interchange header, each segment keeps its own delimiters.
        w.write_segment(&theirs[1]).unwrap();
        for s in &ours {
            w.write_segment(s).unwrap();
        }
        // Inside our interchange, the other file's segment takes our delimiters, even right
        // after segments that were copied as read (its line break was its terminator, so it
        // has no layout of its own).
        w.write_segment(&theirs[1]).unwrap();
        w.write_segment(&ours[1]).unwrap();
        // Delimiters set by hand apply to the read segments after them.
        w.use_delimiters("|>^\n".parse().unwrap());
        w.write_segment(&ours[2]).unwrap();
        let out = String::from_utf8(w.into_inner()).unwrap();
        let expected = format!(
            "N3|2 ELM ST\n{ISA}\nN3*1 MAIN ST~\nN4*PORTLAND*OR*97204~\nN3*2 ELM ST~N3*1 MAIN ST~\nN4|PORTLAND|OR|97204\n"
        );
        assert_eq!(out, expected);
    }

    #[test]
    fn an_interchange_header_sets_the_delimiters_even_when_it_could_be_copied() {
        let ours = format!("N3*0 FIRST ST~\n{ISA}\n");
        let theirs = ISA.replace('*', "|").replace("|:~", "|>\n") + "N3|2 ELM ST\n";
        let ours: Vec<_> = Segments::resume(ours.as_bytes(), 0, 0, Delimiters::default())
            .map(Result::unwrap)
            .collect();
        let theirs: Vec<_> = Segments::new(theirs.as_bytes())
            .map(Result::unwrap)
            .collect();
        let mut w = Writer::new(Vec::new(), WriteOptions::default());
        // A segment before any interchange is copied as read; the header after it has the same
        // delimiters, so it too could be copied, but it must pin them for what follows.
        for s in &ours {
            w.write_segment(s).unwrap();
        }
        w.write_segment(&theirs[1]).unwrap();
        let out = String::from_utf8(w.into_inner()).unwrap();
        assert_eq!(out, format!("N3*0 FIRST ST~\n{ISA}\nN3*2 ELM ST~"));
    }

    #[test]
    fn built_segments_follow_the_input_they_join() {
        let input = format!("{ISA}\r\n");
        let mut segments = Segments::new(input.as_bytes());
        let isa = segments.next().unwrap().unwrap();
        let mut w = Writer::new(Vec::new(), WriteOptions::default());
        w.write_segment(&isa).unwrap();
        w.start("GS").unwrap().text("HC").unwrap().finish().unwrap();
        assert!(
            String::from_utf8(w.into_inner())
                .unwrap()
                .ends_with("~\r\nGS*HC~\r\n")
        );
    }
}
