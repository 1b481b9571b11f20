"""The types of gen.py's programs: element types (f64 ... u64, bool) and
how the generator picks them, integer ranges, the type of a sum, extents
and their text, and type promotion (LANGUAGE.md section 12).
"""


F64, F32, I64, I32, BOOL = 'f64', 'f32', 'i64', 'i32', 'bool'
I8, I16, U8, U16, U32, U64 = 'i8', 'i16', 'u8', 'u16', 'u32', 'u64'
FLOATS = (F64, F32)
BASE_INTS = (I64, I32)
SMALL = (I8, I16, U8, U16, U32, U64)        # LANGUAGE.md section 12
UNSIGNED = (U8, U16, U32, U64)
SIGNED = (I64, I32, I8, I16)
INTS = BASE_INTS + SMALL
NUMS = FLOATS + INTS
ALLT = NUMS + (BOOL,)
BASE_ALLT = FLOATS + BASE_INTS + (BOOL,)
U = {F64: 2.0 ** -53, F32: 2.0 ** -24}
BITS = {I64: 64, I32: 32, I8: 8, I16: 16, U8: 8, U16: 16, U32: 32, U64: 64}
CT = {F64: 'double', F32: 'float', I64: 'int64_t', I32: 'int32_t', BOOL: 'bool',
      I8: 'int8_t', I16: 'int16_t', U8: 'uint8_t', U16: 'uint16_t', U32: 'uint32_t', U64: 'uint64_t'}
# complex numbers (LANGUAGE.md section 12; gen_complex.py): never picked by
# pick_elem / pick_num, only by gen_complex's own expressions
C64, C128 = 'c64', 'c128'
COMPLEX = (C64, C128)
RT = {C64: F32, C128: F64}          # the type of each part
CT.update({C64: 'float _Complex', C128: 'double _Complex'})
SMALL_P = [0.22]    # how often a type choice picks one of the small / unsigned integers (0: --avoid small)


def pick_elem(r, p=None):
    """An element type (bool included): the small integers with probability p."""
    p = SMALL_P[0] if p is None else p * (SMALL_P[0] > 0)
    return r.choice(SMALL) if r.random() < p else r.choice(BASE_ALLT)


def pick_num(r, p=None):
    p = SMALL_P[0] if p is None else p * (SMALL_P[0] > 0)
    return r.choice(SMALL) if r.random() < p else r.choice(FLOATS + BASE_INTS)


def int_range(t):
    b = BITS[t]
    if t in UNSIGNED:
        return 0, (1 << b) - 1
    return -(1 << (b - 1)), (1 << (b - 1)) - 1


def sum_type(t):
    """The type of sum / prod / dot / cumsum of elements of type t: i64 for
    every integer type, unsigned ones too (LANGUAGE.md section 6)."""
    if t in INTS:
        return I64
    return t


# ---------------------------------------------------------------- types ----
# A type is (elem, shape); shape () for scalars, else a tuple of extents.
# An extent is (sym, off): the size variable sym plus off, or (None, c).

def ext_text(x):
    s, o = x
    if s == '*':
        raise ValueError('the extent of a mask result has no text')
    if s is None:
        return str(o)
    if o == 0:
        return s
    return '%s %s %d' % (s, '+' if o > 0 else '-', abs(o))


def ext_val(x, sizes):
    s, o = x
    return o if s is None else sizes[s] + o


def promote_ok(a, b):
    """The promoted type of a and b, or None where arr rejects the mix (a
    signed and an unsigned integer of one width, bool with a number)."""
    if a == b:
        return a
    if a == BOOL or b == BOOL:
        return None
    if a in COMPLEX or b in COMPLEX:       # x + 0i: f64 with c64 gives c128, f32 or an integer with c64 c64
        return C128 if C128 in (a, b) or F64 in (a, b) else C64
    if a in INTS and b in INTS:
        if BITS[a] == BITS[b]:
            return None
        return a if BITS[a] > BITS[b] else b
    if a in FLOATS and b in FLOATS:
        return F64
    return a if a in FLOATS else b


def promote(a, b):
    r = promote_ok(a, b)
    if r is None:
        raise AssertionError('generator bug: %s and %s do not promote' % (a, b))
    return r
