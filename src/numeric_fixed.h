/*
 * src/numeric_fixed.h: an exact fixed-point view of PostgreSQL's numeric.
 *
 * A numeric whose digits fit is read straight from its stored form into a
 * scaled integer, value / 10^scale, and a scaled integer is written back as
 * a normalized numeric; arithmetic on the scaled integers is exact and
 * reports overflow instead of losing digits.  Callers try the fixed-point
 * path first and, when it reports that something does not fit, redo the
 * same computation with PostgreSQL's numeric functions
 * (numeric_fixed_div_round_slow): both give the same numeric, bit for bit.
 *
 * Arguments may be packed (1-byte varlena header, unaligned): fetch them
 * with NUMERIC_FIXED_GETARG, which detoasts but avoids the copy that
 * PG_GETARG_NUMERIC makes of every short value read from a table.
 *
 * Typical use (see capaian.c):
 *
 *     struct varlena *a = NUMERIC_FIXED_GETARG(0), *b = NUMERIC_FIXED_GETARG(1);
 *     NumericFixed fa, fb;
 *
 *     numeric_fixed_decode(a, &fa);        -- kind and sign even if !fits
 *     numeric_fixed_decode(b, &fb);
 *     ... reject fa.kind != NUMERIC_FIXED_FINITE, fb.sign == 0 ...
 *     PG_RETURN_NUMERIC(numeric_fixed_div_round_numeric(a, &fa, b, &fb, 2, 2));
 *
 * and numeric_fixed_cmp_numeric(a, b) for an exact comparison.
 */
#ifndef LKJ_NUMERIC_FIXED_H
#define LKJ_NUMERIC_FIXED_H

#include "fmgr.h"
#include "utils/numeric.h"

#ifdef HAVE_INT128
typedef int128 nf_int;
typedef uint128 nf_uint;
#define NUMERIC_FIXED_MAX_SCALE 38
#else
typedef int64 nf_int;
typedef uint64 nf_uint;
#define NUMERIC_FIXED_MAX_SCALE 18
#endif

/* A numeric argument, detoasted but possibly still packed. */
#define NUMERIC_FIXED_GETARG(n) \
	((struct varlena *) PG_DETOAST_DATUM_PACKED(PG_GETARG_DATUM(n)))

typedef enum NumericFixedKind
{
	NUMERIC_FIXED_FINITE,
	NUMERIC_FIXED_NAN,
	NUMERIC_FIXED_PINF,
	NUMERIC_FIXED_NINF
} NumericFixedKind;

typedef struct NumericFixed
{
	NumericFixedKind kind;
	int			sign;			/* -1, 0 or +1; known even when !fits */
	bool		fits;			/* finite, and value/scale hold it exactly */
	int			scale;			/* the numeric's display scale (dscale) */
	nf_int		value;			/* the number times 10^scale, when fits */
} NumericFixed;

/* Reads a (possibly packed) numeric; never fails. */
extern void numeric_fixed_decode(const struct varlena *num, NumericFixed *out);

/* A normalized numeric of value / 10^scale, 0 <= scale <= MAX_SCALE. */
extern Numeric numeric_fixed_encode(nf_int value, int scale);

/* x at a larger scale; false when the digits do not fit. */
extern bool numeric_fixed_rescale(const NumericFixed *x, int scale,
								  NumericFixed *result);

/* a + b and a - b at the larger of both scales; false on overflow. */
extern bool numeric_fixed_add(const NumericFixed *a, const NumericFixed *b,
							  NumericFixed *result);
extern bool numeric_fixed_sub(const NumericFixed *a, const NumericFixed *b,
							  NumericFixed *result);

/*
 * a * 10^shift / b rounded half away from zero to rscale decimals (b not
 * zero, shift and rscale >= 0); false when an intermediate does not fit.
 */
extern bool numeric_fixed_div_round(const NumericFixed *a,
									const NumericFixed *b,
									int shift, int rscale,
									NumericFixed *result);

/* x rounded half away from zero to rscale decimals; false on overflow. */
extern bool numeric_fixed_round(const NumericFixed *x, int rscale,
								NumericFixed *result);

/* The same as numeric_fixed_div_round through PostgreSQL's numeric. */
extern Numeric numeric_fixed_div_round_slow(Numeric a, Numeric b,
											int shift, int rscale);

/*
 * a * 10^shift / b, rounded as above, through the fixed-point path when
 * the decoded fa and fb fit and through numeric_fixed_div_round_slow when
 * not (both finite, b not zero).
 */
extern Numeric numeric_fixed_div_round_numeric(const struct varlena *a,
											   const NumericFixed *fa,
											   const struct varlena *b,
											   const NumericFixed *fb,
											   int shift, int rscale);

/* Exact three-way comparison of two numerics, ordered as numeric_cmp. */
extern int	numeric_fixed_cmp_numeric(const struct varlena *a,
									  const struct varlena *b);

/*
 * A figure of the report is a finite number: raises 22023 "<name> must be
 * a finite number" when x is NaN or an infinity, the one message every
 * function of lkj that takes a figure gives (README, Errors).
 */
extern void numeric_fixed_require_finite(const NumericFixed *x, const char *name);

/* The same for a numeric not yet decoded (possibly packed). */
extern void numeric_fixed_require_finite_numeric(const struct varlena *num,
												 const char *name);

#endif							/* LKJ_NUMERIC_FIXED_H */
