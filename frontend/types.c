/* types.c — type constructors and printing. */
#include "types.h"
#include "util.h"
#include <string.h>

static Type scalars[T_LAMBDA + 1];

Type *ty_scalar(TyKind k)
{
    scalars[k].kind = k;
    return &scalars[k];
}

Type *ty_array(TyKind elem, int rank)
{
    Type *t = NEW(Type);
    t->kind = T_ARRAY;
    t->elem = elem;
    t->rank = rank;
    return t;
}

Type *ty_tuple(int n, Type **elts)
{
    Type *t = NEW(Type);
    t->kind = T_TUPLE;
    t->n = n;
    t->elts = elts;
    return t;
}

bool ty_is_int_kind(TyKind k)
{
    switch (k) {
    case T_I8: case T_I16: case T_I32: case T_I64: case T_U8: case T_U16: case T_U32: case T_U64: case T_ILIT: return true;
    default: return false;
    }
}
int64_t ty_wrap_int(TyKind k, int64_t v)
{
    int bits = ty_int_bits(k);
    if (bits == 64) return v;
    uint64_t m = (UINT64_C(1) << bits) - 1, u = (uint64_t)v & m;
    if (!ty_is_unsigned_kind(k) && (u >> (bits - 1))) u |= ~m;     /* sign-extend */
    return (int64_t)u;
}
bool ty_is_unsigned_kind(TyKind k) { return k == T_U8 || k == T_U16 || k == T_U32 || k == T_U64; }
int ty_int_bits(TyKind k)
{
    switch (k) {
    case T_I8: case T_U8: return 8;
    case T_I16: case T_U16: return 16;
    case T_I32: case T_U32: return 32;
    default: return 64;
    }
}
bool ty_is_float_kind(TyKind k) { return k == T_F32 || k == T_F64 || k == T_FLIT; }
bool ty_is_numeric_kind(TyKind k) { return ty_is_int_kind(k) || ty_is_float_kind(k); }
bool ty_is_scalar_kind(TyKind k) { return k == T_BOOL || ty_is_numeric_kind(k) || ty_is_complex_kind(k); }

bool ty_equal(const Type *a, const Type *b)
{
    if (a->kind != b->kind) return false;
    if (a->kind == T_ARRAY) return a->elem == b->elem && a->rank == b->rank;
    if (a->kind == T_TUPLE) {
        if (a->n != b->n) return false;
        for (int i = 0; i < a->n; i++)
            if (!ty_equal(a->elts[i], b->elts[i])) return false;
    }
    return true;
}

bool ty_is_complex_kind(TyKind k) { return k == T_C64 || k == T_C128 || k == T_CLIT; }
TyKind ty_complex_part(TyKind k) { return k == T_C64 ? T_F32 : T_F64; }

int ty_kind_size(TyKind k)
{
    switch (ty_default(k)) {
    case T_BOOL: case T_I8: case T_U8: return 1;
    case T_I16: case T_U16: return 2;
    case T_I32: case T_U32: case T_F32: return 4;
    case T_C128: return 16;
    default: return 8;      /* i64, u64, f64, c64 */
    }
}

TyKind ty_default(TyKind k) { return k == T_ILIT ? T_I64 : k == T_FLIT ? T_F64 : k == T_CLIT ? T_C128 : k; }

const char *ty_kind_name(TyKind k)
{
    switch (k) {
    case T_BOOL: return "bool";
    case T_I32: return "i32";
    case T_I64: return "i64";
    case T_I8: return "i8";
    case T_I16: return "i16";
    case T_U8: return "u8";
    case T_U16: return "u16";
    case T_U32: return "u32";
    case T_U64: return "u64";
    case T_F32: return "f32";
    case T_F64: return "f64";
    case T_ILIT: return "integer literal";
    case T_FLIT: return "float literal";
    case T_C64: return "c64";
    case T_C128: return "c128";
    case T_CLIT: return "complex literal";
    case T_VOID: return "void";
    case T_TYPE: return "type";
    case T_SYMBOL: return "symbol";
    case T_RANGE: return "range";
    case T_LAMBDA: return "lambda";
    case T_ERROR: return "<error>";
    case T_ARRAY: return "array";
    case T_TUPLE: return "tuple";
    }
    return "?";
}

const char *ty_ctype(TyKind k)
{
    switch (k) {
    case T_BOOL: return "bool";
    case T_I32: return "int32_t";
    case T_I8: return "int8_t";
    case T_I16: return "int16_t";
    case T_U8: return "uint8_t";
    case T_U16: return "uint16_t";
    case T_U32: return "uint32_t";
    case T_U64: return "uint64_t";
    case T_ILIT:
    case T_I64: return "int64_t";
    case T_F32: return "float";
    case T_FLIT:
    case T_F64: return "double";
    case T_C64: return "float _Complex";
    case T_CLIT:
    case T_C128: return "double _Complex";
    default: return "void";
    }
}

const char *ty_str(const Type *t)
{
    if (t->kind == T_ARRAY) {
        Buf b = {0};
        /* the extents as declared where known (f64[n, 3]), an extent not
         * known at that point as _ (f64[_]: not f64[], which in a
         * signature means an extent the function decides) */
        buf_printf(&b, "%s[", ty_kind_name(t->elem));
        for (int i = 0; i < t->rank; i++) buf_printf(&b, "%s%s", i ? ", " : "", i < 4 && t->dims[i] ? t->dims[i] : "_");
        buf_putc(&b, ']');
        char *s = arena_strdup(b.s);
        buf_free(&b);
        return s;
    }
    if (t->kind == T_TUPLE) {
        Buf b = {0};
        buf_putc(&b, '(');
        for (int i = 0; i < t->n; i++) buf_printf(&b, "%s%s", i ? ", " : "", ty_str(t->elts[i]));
        buf_putc(&b, ')');
        char *s = arena_strdup(b.s);
        buf_free(&b);
        return s;
    }
    if (t->kind == T_TYPE) return ty_kind_name(t->elem);
    return ty_kind_name(t->kind);
}
