/*
 * src/numeric_fixed.c: an exact fixed-point codec for PostgreSQL's numeric.
 *
 * The stored form of a numeric (documented at the top of PostgreSQL's
 * numeric.c, and kept by pg_upgrade, so stable across versions) is a
 * varlena holding a 16-bit header word, optionally a 16-bit weight, then
 * base-10000 digits, most significant first:
 *
 *   special   header 0xC000 NaN, 0xD000 +Infinity, 0xF000 -Infinity
 *   short     header 1 0 s dddddd w wwwwww: sign bit, 6-bit display scale,
 *             7-bit two's-complement weight
 *   long      header 0 s dddddddddddddd (sign 0x4000 = negative, 14-bit
 *             display scale), then an int16 weight
 *
 * The value is sum(digit[i] * 10000^(weight - i)).  Stored digits are
 * normalized: no leading or trailing zero digit, zero has none at all, and
 * no nonzero decimal digit lies beyond the display scale.  A value is
 * written in the short form whenever its display scale and weight fit it.
 *
 * The fixed-point path reads that form into a scaled integer (int128 where
 * the compiler has it) and back; arithmetic checks every step for overflow
 * and, rather than lose a digit, says it did not fit, so that the caller
 * can take the slow path through PostgreSQL's own numeric functions.  The
 * two paths round the same way (half away from zero, decided on the exact
 * remainder), so they give the same numeric.
 */
#include "postgres.h"

#include <string.h>

#include "fmgr.h"
#include "utils/fmgrprotos.h"
#include "utils/numeric.h"

#include "numeric_fixed.h"
#include "terjemah.h"

/* The header word, as numeric.c lays it out. */
#define NF_SIGN_MASK			0xC000
#define NF_NEG					0x4000
#define NF_SHORT				0x8000
#define NF_SPECIAL				0xC000
#define NF_SPECIAL_MASK			0xF000
#define NF_NAN					0xC000
#define NF_PINF					0xD000
#define NF_NINF					0xF000
#define NF_SHORT_SIGN			0x2000
#define NF_SHORT_DSCALE_MASK	0x1F80
#define NF_SHORT_DSCALE_SHIFT	7
#define NF_SHORT_DSCALE_MAX		63
#define NF_SHORT_WEIGHT_SIGN	0x0040
#define NF_SHORT_WEIGHT_MASK	0x003F
#define NF_SHORT_WEIGHT_MIN		(-64)
#define NF_SHORT_WEIGHT_MAX		63
#define NF_LONG_DSCALE_MASK		0x3FFF

#define NF_NBASE				10000
#define NF_DEC_DIGITS			4

/* The largest magnitude a scaled integer holds; the range is symmetric. */
#define NF_MAX					((nf_uint) (((nf_uint) ~(nf_uint) 0) >> 1))

/* Enough base-10000 digits for NF_MAX with 3 decimal digits of padding. */
#define NF_MAX_GROUPS			12

#define NF_U(x)					((nf_uint) (x))

/* 10^0 .. 10^NUMERIC_FIXED_MAX_SCALE, for the two tables below */
#define NF_POW10_64(X) \
	X(NF_U(1ULL)) \
	X(NF_U(10ULL)) \
	X(NF_U(100ULL)) \
	X(NF_U(1000ULL)) \
	X(NF_U(10000ULL)) \
	X(NF_U(100000ULL)) \
	X(NF_U(1000000ULL)) \
	X(NF_U(10000000ULL)) \
	X(NF_U(100000000ULL)) \
	X(NF_U(1000000000ULL)) \
	X(NF_U(10000000000ULL)) \
	X(NF_U(100000000000ULL)) \
	X(NF_U(1000000000000ULL)) \
	X(NF_U(10000000000000ULL)) \
	X(NF_U(100000000000000ULL)) \
	X(NF_U(1000000000000000ULL)) \
	X(NF_U(10000000000000000ULL)) \
	X(NF_U(100000000000000000ULL)) \
	X(NF_U(1000000000000000000ULL))
#ifdef HAVE_INT128
#define NF_POW10(X) \
	NF_POW10_64(X) \
	X(NF_U(10000000000000000000ULL)) \
	X(NF_U(10000000000000000000ULL) * NF_U(10ULL)) \
	X(NF_U(10000000000000000000ULL) * NF_U(100ULL)) \
	X(NF_U(10000000000000000000ULL) * NF_U(1000ULL)) \
	X(NF_U(10000000000000000000ULL) * NF_U(10000ULL)) \
	X(NF_U(10000000000000000000ULL) * NF_U(100000ULL)) \
	X(NF_U(10000000000000000000ULL) * NF_U(1000000ULL)) \
	X(NF_U(10000000000000000000ULL) * NF_U(10000000ULL)) \
	X(NF_U(10000000000000000000ULL) * NF_U(100000000ULL)) \
	X(NF_U(10000000000000000000ULL) * NF_U(1000000000ULL)) \
	X(NF_U(10000000000000000000ULL) * NF_U(10000000000ULL)) \
	X(NF_U(10000000000000000000ULL) * NF_U(100000000000ULL)) \
	X(NF_U(10000000000000000000ULL) * NF_U(1000000000000ULL)) \
	X(NF_U(10000000000000000000ULL) * NF_U(10000000000000ULL)) \
	X(NF_U(10000000000000000000ULL) * NF_U(100000000000000ULL)) \
	X(NF_U(10000000000000000000ULL) * NF_U(1000000000000000ULL)) \
	X(NF_U(10000000000000000000ULL) * NF_U(10000000000000000ULL)) \
	X(NF_U(10000000000000000000ULL) * NF_U(100000000000000000ULL)) \
	X(NF_U(10000000000000000000ULL) * NF_U(1000000000000000000ULL)) \
	X(NF_U(10000000000000000000ULL) * NF_U(10000000000000000000ULL))
#else
#define NF_POW10(X) NF_POW10_64(X)
#endif

#define NF_AS_IS(p)				(p),
#define NF_MAX_OVER(p)			(NF_MAX / (p)),

static const nf_uint nf_pow10[NUMERIC_FIXED_MAX_SCALE + 1] = {NF_POW10(NF_AS_IS)};

/* NF_MAX / 10^k, so that overflow checks need no 128-bit division */
static const nf_uint nf_max_over_pow10[NUMERIC_FIXED_MAX_SCALE + 1] = {NF_POW10(NF_MAX_OVER)};

/* The parts of a stored numeric, before its digits are combined. */
typedef struct NfParts
{
	NumericFixedKind kind;
	bool		negative;
	int			weight;
	int			dscale;
	int			ndigits;
	const char *digits;			/* int16 each, possibly unaligned */
} NfParts;

static inline void
nf_parse(const struct varlena *num, NfParts *parts)
{
	const char *data = VARDATA_ANY(num);
	Size		len = VARSIZE_ANY_EXHDR(num);
	uint16		head;
	int			header_size;

	memcpy(&head, data, sizeof(head));
	parts->kind = NUMERIC_FIXED_FINITE;
	parts->negative = false;
	parts->weight = 0;
	parts->dscale = 0;
	parts->ndigits = 0;
	parts->digits = NULL;

	if ((head & NF_SIGN_MASK) == NF_SPECIAL)
	{
		switch (head & NF_SPECIAL_MASK)
		{
			case NF_NAN:
				parts->kind = NUMERIC_FIXED_NAN;
				break;
			case NF_PINF:
				parts->kind = NUMERIC_FIXED_PINF;
				break;
			case NF_NINF:
				parts->kind = NUMERIC_FIXED_NINF;
				break;
			default:
				elog(ERROR, "invalid numeric special value header 0x%04x", head);
		}
		return;
	}

	if (head & NF_SHORT)
	{
		int			w = head & NF_SHORT_WEIGHT_MASK;

		parts->negative = (head & NF_SHORT_SIGN) != 0;
		parts->dscale = (head & NF_SHORT_DSCALE_MASK) >> NF_SHORT_DSCALE_SHIFT;
		parts->weight = (head & NF_SHORT_WEIGHT_SIGN) ? w - 64 : w;
		header_size = sizeof(uint16);
	}
	else
	{
		int16		weight;

		memcpy(&weight, data + sizeof(uint16), sizeof(weight));
		parts->negative = (head & NF_SIGN_MASK) == NF_NEG;
		parts->dscale = head & NF_LONG_DSCALE_MASK;
		parts->weight = weight;
		header_size = 2 * sizeof(uint16);
	}
	parts->ndigits = (len - header_size) / sizeof(int16);
	parts->digits = data + header_size;
}

static inline int
nf_digit(const NfParts *parts, int i)
{
	int16		d;

	memcpy(&d, parts->digits + i * sizeof(int16), sizeof(d));
	return d;
}

/* mag * 10^k into *result; false when it exceeds NF_MAX. */
static inline bool
nf_mul_pow10(nf_uint mag, int k, nf_uint *result)
{
	if (mag == 0)
	{
		*result = 0;
		return true;
	}
	if (k > NUMERIC_FIXED_MAX_SCALE || mag > nf_max_over_pow10[k])
		return false;
	*result = mag * nf_pow10[k];
	return true;
}

static inline nf_int
nf_signed(nf_uint mag, bool negative)
{
	return negative ? -(nf_int) mag : (nf_int) mag;
}

static inline nf_uint
nf_abs(nf_int v)
{
	return v < 0 ? -(nf_uint) v : (nf_uint) v;
}

static inline void
nf_set(NumericFixed *x, nf_int value, int scale)
{
	x->kind = NUMERIC_FIXED_FINITE;
	x->sign = value < 0 ? -1 : value > 0;
	x->fits = true;
	x->scale = scale;
	x->value = value;
}

void
numeric_fixed_decode(const struct varlena *num, NumericFixed *out)
{
	NfParts		parts;
	nf_uint		mag;
	int			exp10;
	int			last;
	int			last_digits = NF_DEC_DIGITS;

	nf_parse(num, &parts);
	out->kind = parts.kind;
	out->sign = parts.ndigits == 0 ? 0 : parts.negative ? -1 : 1;
	out->fits = false;
	out->scale = parts.dscale;
	out->value = 0;
	if (parts.kind != NUMERIC_FIXED_FINITE)
	{
		out->sign = parts.kind == NUMERIC_FIXED_NINF ? -1 :
			parts.kind == NUMERIC_FIXED_PINF ? 1 : 0;
		return;
	}
	if (parts.dscale > NUMERIC_FIXED_MAX_SCALE)
		return;
	if (parts.ndigits == 0)
	{
		out->fits = true;
		return;
	}

	/*
	 * The common case, up to four digits (16 decimal digits) that stand at
	 * most two decimal places short of the display scale or up to three
	 * beyond it, is done in 64 bits with constant divisors.
	 */
	exp10 = NF_DEC_DIGITS * (parts.weight - parts.ndigits + 1) + parts.dscale;
	if (parts.ndigits <= 4 && exp10 >= -3 && exp10 <= 2)
	{
		uint64		m = 0;

		for (int i = 0; i < parts.ndigits; i++)
			m = m * NF_NBASE + nf_digit(&parts, i);
		switch (exp10)
		{
			case -3:
				if (m % 1000 != 0)
					return;
				m /= 1000;
				break;
			case -2:
				if (m % 100 != 0)
					return;
				m /= 100;
				break;
			case -1:
				if (m % 10 != 0)
					return;
				m /= 10;
				break;
			case 1:
				m *= 10;
				break;
			case 2:
				m *= 100;
				break;
		}
		nf_set(out, nf_signed(m, parts.negative), parts.dscale);
		return;
	}

	/*
	 * The last digit counts 10^(4 * (weight - ndigits + 1)): exp10 is where
	 * it stands against the display scale.  It can reach past that scale by
	 * up to three decimal digits, which must be zero and are dropped before
	 * it is added, so that exactly the values of at most NF_MAX units fit.
	 * A stored value that breaks that rule is left to PostgreSQL's code.
	 */
	last = nf_digit(&parts, parts.ndigits - 1);
	if (exp10 < 0)
	{
		/* constant divisors, which the compiler turns into multiplications */
		switch (-exp10)
		{
			case 1:
				if (last % 10 != 0)
					return;
				last /= 10;
				break;
			case 2:
				if (last % 100 != 0)
					return;
				last /= 100;
				break;
			case 3:
				if (last % 1000 != 0)
					return;
				last /= 1000;
				break;
			default:
				return;
		}
		last_digits = NF_DEC_DIGITS + exp10;
		exp10 = 0;
	}

	/* Up to four digits cannot overflow 64 bits: the common case. */
	if (parts.ndigits <= 4)
	{
		uint64		m = 0;

		for (int i = 0; i < parts.ndigits - 1; i++)
			m = m * NF_NBASE + nf_digit(&parts, i);
		mag = m * (uint64) nf_pow10[last_digits] + last;
	}
	else
	{
		mag = 0;
		for (int i = 0; i < parts.ndigits - 1; i++)
		{
			int			d = nf_digit(&parts, i);

			if (mag > nf_max_over_pow10[NF_DEC_DIGITS] ||
				(mag == nf_max_over_pow10[NF_DEC_DIGITS] &&
				 (nf_uint) d > NF_MAX - mag * NF_NBASE))
				return;
			mag = mag * NF_NBASE + d;
		}
		if (mag > nf_max_over_pow10[last_digits] ||
			(mag == nf_max_over_pow10[last_digits] &&
			 (nf_uint) last > NF_MAX - mag * nf_pow10[last_digits]))
			return;
		mag = mag * nf_pow10[last_digits] + last;
	}
	if (exp10 > 0 && !nf_mul_pow10(mag, exp10, &mag))
		return;
	nf_set(out, nf_signed(mag, parts.negative), parts.dscale);
}

Numeric
numeric_fixed_encode(nf_int value, int scale)
{
	int16		groups[NF_MAX_GROUPS];
	nf_uint		mag = nf_abs(value);
	int			n = 0;
	int			partial = scale % NF_DEC_DIGITS;
	int			weight;
	int			first;
	int			ndigits;
	bool		is_short;
	Size		size;
	Numeric		result;
	uint16	   *word;

	if (scale < 0 || scale > NUMERIC_FIXED_MAX_SCALE)
		elog(ERROR, "numeric_fixed_encode: scale %d out of range", scale);

	/*
	 * Pad the fraction to whole base-10000 digits, then split off digits.
	 * Division by a constant is a multiplication in 64 bits, but a library
	 * call in 128: values that allow it take the 64-bit loop throughout.
	 */
	if (mag != 0 && mag <= PG_UINT64_MAX / NF_NBASE)
	{
		uint64		m = (uint64) mag *
			(uint64) nf_pow10[(NF_DEC_DIGITS - partial) % NF_DEC_DIGITS];

		for (; m != 0; m /= NF_NBASE)
			groups[n++] = (int16) (m % NF_NBASE);
	}
	else if (mag != 0)
	{
		if (partial != 0)
		{
			int			low = (int) (mag % nf_pow10[partial]);

			mag /= nf_pow10[partial];
			groups[n++] = low * (int) nf_pow10[NF_DEC_DIGITS - partial];
		}
		for (; mag != 0; mag /= NF_NBASE)
			groups[n++] = (int16) (mag % NF_NBASE);
	}

	/* groups[] is least significant first, and its top digit is nonzero. */
	weight = n - 1 - (scale + NF_DEC_DIGITS - 1) / NF_DEC_DIGITS;
	for (first = 0; first < n && groups[first] == 0; first++)
		;
	ndigits = n - first;
	if (ndigits == 0)
		weight = 0;

	is_short = scale <= NF_SHORT_DSCALE_MAX &&
		weight >= NF_SHORT_WEIGHT_MIN && weight <= NF_SHORT_WEIGHT_MAX;
	size = VARHDRSZ + (is_short ? 1 : 2) * sizeof(uint16) +
		ndigits * sizeof(int16);
	result = (Numeric) palloc(size);
	SET_VARSIZE(result, size);
	word = (uint16 *) VARDATA(result);
	if (is_short)
		*word++ = NF_SHORT |
			(ndigits > 0 && value < 0 ? NF_SHORT_SIGN : 0) |
			(scale << NF_SHORT_DSCALE_SHIFT) |
			(weight < 0 ? NF_SHORT_WEIGHT_SIGN : 0) |
			(weight & NF_SHORT_WEIGHT_MASK);
	else
	{
		*word++ = (ndigits > 0 && value < 0 ? NF_NEG : 0) |
			(scale & NF_LONG_DSCALE_MASK);
		*word++ = (uint16) (int16) weight;
	}
	for (int i = n - 1; i >= first; i--)
		*word++ = (uint16) groups[i];
	return result;
}

bool
numeric_fixed_rescale(const NumericFixed *x, int scale, NumericFixed *result)
{
	nf_uint		mag;

	Assert(x->fits);
	if (scale < x->scale)
		elog(ERROR, "numeric_fixed_rescale: cannot lower scale %d to %d",
			 x->scale, scale);
	if (!nf_mul_pow10(nf_abs(x->value), scale - x->scale, &mag))
		return false;
	nf_set(result, nf_signed(mag, x->value < 0), scale);
	return true;
}

/* a + sign * b at the larger scale; the range is symmetric. */
static bool
nf_add_signed(const NumericFixed *a, const NumericFixed *b, bool subtract,
			  NumericFixed *result)
{
	NumericFixed x,
				y;
	int			scale = Max(a->scale, b->scale);
	nf_int		yv;

	if (!numeric_fixed_rescale(a, scale, &x) ||
		!numeric_fixed_rescale(b, scale, &y))
		return false;
	yv = subtract ? -y.value : y.value;
	if (yv > 0 ? x.value > (nf_int) NF_MAX - yv : x.value < -(nf_int) NF_MAX - yv)
		return false;
	nf_set(result, x.value + yv, scale);
	return true;
}

bool
numeric_fixed_add(const NumericFixed *a, const NumericFixed *b,
				  NumericFixed *result)
{
	return nf_add_signed(a, b, false, result);
}

bool
numeric_fixed_sub(const NumericFixed *a, const NumericFixed *b,
				  NumericFixed *result)
{
	return nf_add_signed(a, b, true, result);
}

/* num / den rounded half away from zero, on magnitudes; false on overflow. */
static inline bool
nf_udiv_round(nf_uint num, nf_uint den, nf_uint *result)
{
	nf_uint		q,
				r;

#ifdef HAVE_INT128
	/* A 64-bit division is one instruction, a 128-bit one a library call. */
	if (num <= PG_UINT64_MAX && den <= PG_UINT64_MAX)
	{
		q = (uint64) num / (uint64) den;
		r = (uint64) num % (uint64) den;
	}
	else
#endif
	{
		q = num / den;
		r = num % den;
	}
	/* r >= den / 2 exactly, without overflowing 2 * r */
	if (r >= den - r)
	{
		if (q == NF_MAX)
			return false;
		q++;
	}
	*result = q;
	return true;
}

bool
numeric_fixed_div_round(const NumericFixed *a, const NumericFixed *b,
						int shift, int rscale, NumericFixed *result)
{
	nf_uint		num = nf_abs(a->value);
	nf_uint		den = nf_abs(b->value);
	nf_uint		q;
	int			e = b->scale + shift + rscale - a->scale;

	Assert(a->fits && b->fits && shift >= 0 && rscale >= 0);
	if (den == 0)
		elog(ERROR, "numeric_fixed_div_round: division by zero");
	if (rscale > NUMERIC_FIXED_MAX_SCALE)
		return false;

	/* a / 10^sa * 10^shift / (b / 10^sb) * 10^rscale == num * 10^e / den */
	if (e >= 0 ? !nf_mul_pow10(num, e, &num) : !nf_mul_pow10(den, -e, &den))
		return false;
	if (!nf_udiv_round(num, den, &q))
		return false;
	nf_set(result, nf_signed(q, (a->value < 0) != (b->value < 0)), rscale);
	return true;
}

bool
numeric_fixed_round(const NumericFixed *x, int rscale, NumericFixed *result)
{
	nf_uint		q;

	Assert(x->fits && rscale >= 0);
	if (rscale >= x->scale)
		return numeric_fixed_rescale(x, rscale, result);
	if (!nf_udiv_round(nf_abs(x->value), nf_pow10[x->scale - rscale], &q))
		return false;
	nf_set(result, nf_signed(q, x->value < 0), rscale);
	return true;
}

/* 10^e as a numeric of display scale max(0, -e), for the slow path */
static Datum
nf_pow10_numeric(int e)
{
	if (e >= 0 && e <= NUMERIC_FIXED_MAX_SCALE)
		return NumericGetDatum(numeric_fixed_encode((nf_int) nf_pow10[e], 0));
	if (e < 0 && -e <= NUMERIC_FIXED_MAX_SCALE)
		return NumericGetDatum(numeric_fixed_encode(1, -e));
	return DirectFunctionCall3(numeric_in, CStringGetDatum(psprintf("1e%d", e)),
							   ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));
}

Numeric
numeric_fixed_div_round_slow(Numeric a, Numeric b, int shift, int rscale)
{
	Datum		num,
				q,
				rem;
	NumericFixed fnum,
				fb,
				frem;

	/*
	 * q = trunc(a * 10^(shift + rscale) / b), exact, then one unit more away
	 * from zero when the remainder is at least half the divisor; numeric_div
	 * would first round at a scale of its own choosing, and could round
	 * twice.
	 */
	num = DirectFunctionCall2(numeric_mul, NumericGetDatum(a),
							  nf_pow10_numeric(shift + rscale));
	q = DirectFunctionCall2(numeric_div_trunc, num, NumericGetDatum(b));
	rem = DirectFunctionCall2(numeric_sub, num,
							  DirectFunctionCall2(numeric_mul, q, NumericGetDatum(b)));
	numeric_fixed_decode((struct varlena *) DatumGetPointer(rem), &frem);
	if (frem.sign != 0)
	{
		Datum		abs_rem = DirectFunctionCall1(numeric_abs, rem);
		Datum		twice = DirectFunctionCall2(numeric_add, abs_rem, abs_rem);
		Datum		abs_b = DirectFunctionCall1(numeric_abs, NumericGetDatum(b));

		if (DatumGetInt32(DirectFunctionCall2(numeric_cmp, twice, abs_b)) >= 0)
		{
			numeric_fixed_decode((struct varlena *) DatumGetPointer(num), &fnum);
			numeric_fixed_decode((struct varlena *) b, &fb);
			q = DirectFunctionCall2(fnum.sign == fb.sign ? numeric_add : numeric_sub,
									q, nf_pow10_numeric(0));
		}
	}
	/* q is an integer: q * 10^-rscale has display scale rscale */
	return DatumGetNumeric(DirectFunctionCall2(numeric_mul, q,
											   nf_pow10_numeric(-rscale)));
}

Numeric
numeric_fixed_div_round_numeric(const struct varlena *a, const NumericFixed *fa,
								const struct varlena *b, const NumericFixed *fb,
								int shift, int rscale)
{
	NumericFixed q;

	if (fa->fits && fb->fits &&
		numeric_fixed_div_round(fa, fb, shift, rscale, &q))
		return numeric_fixed_encode(q.value, q.scale);
	return numeric_fixed_div_round_slow((Numeric) a, (Numeric) b, shift, rscale);
}

int
numeric_fixed_cmp_numeric(const struct varlena *a, const struct varlena *b)
{
	NumericFixed fa,
				fb,
				x;

	numeric_fixed_decode(a, &fa);
	numeric_fixed_decode(b, &fb);
	if (fa.fits && fb.fits)
	{
		/*
		 * Bring the smaller scale up; if that overflows, its magnitude
		 * passes every value that fits, so its sign decides.
		 */
		if (fa.scale < fb.scale)
		{
			if (!numeric_fixed_rescale(&fa, fb.scale, &x))
				return fa.sign;
			fa = x;
		}
		else if (fb.scale < fa.scale)
		{
			if (!numeric_fixed_rescale(&fb, fa.scale, &x))
				return -fb.sign;
			fb = x;
		}
		return fa.value < fb.value ? -1 : fa.value > fb.value;
	}
	return DatumGetInt32(DirectFunctionCall2(numeric_cmp, PointerGetDatum(a),
											 PointerGetDatum(b)));
}

/* numeric_fixed_roundtrip: decode, encode again; declared by the tests only */
PG_FUNCTION_INFO_V1(numeric_fixed_roundtrip);
Datum
numeric_fixed_roundtrip(PG_FUNCTION_ARGS)
{
	NumericFixed x;

	numeric_fixed_decode(NUMERIC_FIXED_GETARG(0), &x);
	if (!x.fits)
		PG_RETURN_NULL();
	PG_RETURN_NUMERIC(numeric_fixed_encode(x.value, x.scale));
}

static const char *
special_name(NumericFixedKind kind)
{
	return kind == NUMERIC_FIXED_NAN ? "NaN" :
		kind == NUMERIC_FIXED_PINF ? "Infinity" : "-Infinity";
}

void
numeric_fixed_require_finite(const NumericFixed *x, const char *name)
{
	if (x->kind != NUMERIC_FIXED_FINITE)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must be a finite number", name),
				 errdetail("The %s given is %s, which cannot be measured.",
						   name, special_name(x->kind)),
				 errhint("Record the figure as a number, or as NULL while it is not known.")));
}

void
numeric_fixed_require_finite_numeric(const struct varlena *num, const char *name)
{
	NumericFixed x;

	numeric_fixed_decode(num, &x);
	numeric_fixed_require_finite(&x, name);
}
