"""The string module's constants and capwords.

Has: ascii_letters ascii_lowercase ascii_uppercase digits hexdigits
octdigits punctuation printable whitespace capwords, Template (substitute,
safe_substitute, get_identifiers, is_valid, custom delimiter and idpattern).
Lacks: Formatter, Template's flags and braceidpattern.
"""

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


class Template:
    """$-substitutions: $name, ${name} and $$ for a dollar."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'

    def __init__(self, template):
        self.template = template

    def _scan(self):
        """Yields (literal, name, braced, escaped, invalid, position) pieces."""
        import re
        d = re.escape(self.delimiter)
        ident = self.idpattern.replace('(?a:', '(?:')
        pattern = re.compile(rf"{d}(?:(?P<escaped>{d})|(?P<named>{ident})|{{(?P<braced>{ident})}}|(?P<invalid>))",
                             re.IGNORECASE)
        return pattern.finditer(self.template)

    def _substitute(self, mapping, safe):
        out, last = [], 0
        for m in self._scan():
            out.append(self.template[last:m.start()])
            last = m.end()
            named = m.group('named') or m.group('braced')
            if named is not None:
                if named in mapping:
                    out.append(str(mapping[named]))
                elif safe:
                    out.append(m.group())
                else:
                    raise KeyError(named)
            elif m.group('escaped') is not None:
                out.append(self.delimiter)
            elif safe:
                out.append(m.group())
            else:
                i = m.start()
                lines = self.template[:i].splitlines(keepends=True)
                colno = i - len(''.join(lines[:-1])) + 1 if lines else 1
                lineno = len(lines) if lines else 1
                raise ValueError(f'Invalid placeholder in string: line {lineno}, col {colno}')
        out.append(self.template[last:])
        return ''.join(out)

    def substitute(self, mapping={}, /, **kws):
        return self._substitute({**mapping, **kws}, False)

    def safe_substitute(self, mapping={}, /, **kws):
        return self._substitute({**mapping, **kws}, True)

    def get_identifiers(self):
        ids = []
        for m in self._scan():
            named = m.group('named') or m.group('braced')
            if named is not None and named not in ids:
                ids.append(named)
        return ids

    def is_valid(self):
        return all(m.group('invalid') is None for m in self._scan())
