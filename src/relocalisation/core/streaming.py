"""Streaming helpers shared by the CSV exports."""


class Echo:
    """A file-like object whose ``write`` returns the text: lets ``csv.writer`` produce one line at a
    time for a StreamingHttpResponse (Django's documented pattern), so exports never build the file."""

    def write(self, value):
        return value
