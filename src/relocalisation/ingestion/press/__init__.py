"""Press-release extraction: French text → announcement figures and proposed laureates, each value
with the character span of its evidence and a confidence. Pure Python (no database needed):
places are resolved against the COG shipped in ``territories/data``.

Entry points: :func:`extract` (text → :class:`Extraction`), :func:`read_document` (file → text),
:func:`read_laureate_at` (the fields of a name an operator pointed at)."""
from relocalisation.ingestion.press.extract import Extraction, extract, read_laureate_at  # noqa: F401
from relocalisation.ingestion.press.readers import DocumentError, read_document  # noqa: F401
