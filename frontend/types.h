/* types.h — the types of arr values, shared by the AST and the IR.
 *
 * Array types carry their element type and rank only; extents (shapes) are
 * tracked symbolically by the IR (ir/ir.h, Ext).  T_ILIT and T_FLIT are the
 * types of untyped numeric literals before context fixes them. */
#ifndef ARRC_TYPES_H
#define ARRC_TYPES_H

#include <stdbool.h>
#include <stdint.h>

typedef enum TyKind {
    T_ERROR, T_VOID, T_BOOL, T_I32, T_I64, T_F32, T_F64,
    T_I8, T_I16, T_U8, T_U16, T_U32, T_U64,    /* the small and unsigned integers (section 12) */
    T_C64, T_C128,              /* complex: two f32, two f64 (section 12) */
    T_ILIT, T_FLIT, T_CLIT,     /* untyped literals (defaults i64, f64, c128) */
    T_ARRAY, T_TUPLE,
    T_TYPE,                     /* a scalar type used as a value: zeros(f64, n) */
    T_SYMBOL,                   /* :name */
    T_RANGE,                    /* lo..hi, only in indices and generators */
    T_LAMBDA,
} TyKind;

typedef struct Type {
    TyKind kind;
    TyKind elem;                /* T_ARRAY: element kind; T_TYPE: the kind named */
    int rank;                   /* T_ARRAY */
    int n;                      /* T_TUPLE */
    struct Type **elts;         /* T_TUPLE */
    const char *dims[4];        /* T_ARRAY, for messages only: the extents as declared
                                   ("n", "4"), or NULL where not known */
} Type;

Type *ty_scalar(TyKind k);
Type *ty_array(TyKind elem, int rank);
Type *ty_tuple(int n, Type **elts);
bool ty_is_scalar_kind(TyKind k);       /* bool, ints, floats, literals */
bool ty_is_int_kind(TyKind k);          /* i8 ... u64, int literal */
bool ty_is_unsigned_kind(TyKind k);     /* u8 u16 u32 u64 */
int ty_int_bits(TyKind k);              /* 8, 16, 32 or 64 (64 for an int literal) */
/* v reduced to integer kind k modulo 2^bits (sign-extended for a signed
 * kind, zero-extended for an unsigned one; a u64 keeps its bits) */
int64_t ty_wrap_int(TyKind k, int64_t v);
bool ty_is_float_kind(TyKind k);        /* f32, f64, float literal */
bool ty_is_numeric_kind(TyKind k);     /* integers and floats: not complex */
bool ty_is_complex_kind(TyKind k);      /* c64, c128, complex literal */
int ty_kind_size(TyKind k);             /* bytes of a scalar of kind k in the generated C */
TyKind ty_complex_part(TyKind k);       /* c64: f32; c128 (and a literal): f64 */
bool ty_equal(const Type *a, const Type *b);
const char *ty_kind_name(TyKind k);     /* "f64", ... */
const char *ty_str(const Type *t);      /* "f64[,]", "(f64[], i64)" */
TyKind ty_default(TyKind k);            /* literal kinds to i64/f64 */
const char *ty_ctype(TyKind k);         /* "double", "int64_t", ... */

#endif
