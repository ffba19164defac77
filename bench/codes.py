"""Valid codes for the benches' seeded rows (the same check characters as agency.validation.Uscc)."""

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W17 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_check(body):
    """The check character of an 8-character organisation code body (GB 11714)."""
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(body, [3, 7, 9, 10, 5, 8, 4, 2]))
    c = 11 - s % 11
    return 'X' if c == 10 else '0' if c == 11 else str(c)


def uscc(i, letter):
    """The i-th unified social credit code of a bench, its series told apart by a letter (B, E, R, L ...)."""
    body = "%s%07d" % (letter, i)
    first = "91320100" + body + org_check(body)
    return first + ALPHABET[(31 - sum(ALPHABET.index(c) * w for c, w in zip(first, W17)) % 31) % 31]
