/*
 * src/skala.c: the criteria scale, SQL type lkj.skala.
 *
 * A scale is what Tabel 7 of an LKj prints: five bands, top first, each
 * with the regency's own word for it, and four lower bounds that descend.
 * Its text form is
 *
 *     Sangat Tinggi > 90; Tinggi > 75; Sedang > 65; Rendah > 50; Sangat Rendah
 *
 * where a bound is ">" (open, Tabel 7 of Lumajang) or ">=" (closed,
 * Permendagri 86/2017; "≥" is read too).  Text input and binary receive
 * both end in scale_build(), which alone decides what a valid scale is and
 * puts it in its one canonical form (labels with single spaces, bounds
 * without trailing zeros), so that equal scales have equal text.
 */
#include "postgres.h"

#include <string.h>

#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"

#include "numeric_fixed.h"
#include "skala.h"

/* longest label, in characters; Tabel 7's longest is 13 */
#define LABEL_MAX_CHARS 64

/* longest bound in its canonical text form ("-123.456") */
#define BOUND_MAX_CHARS 40

/*
 * A text bound longer than this is refused before numeric_in sees it, so
 * that numeric_in cannot fail with an error of its own; shorter ones that
 * are still too long are refused by scale_build with the same words.
 */
#define BOUND_SCAN_MAX_CHARS 1000

/* the first byte of the binary form */
#define SCALE_BINARY_VERSION 1

#define UTF8_GE "\xe2\x89\xa5"	/* U+2265 GREATER-THAN OR EQUAL TO */
#define UTF8_LE "\xe2\x89\xa4"	/* U+2264 LESS-THAN OR EQUAL TO */

#if PG_VERSION_NUM < 160000
/* before 16 there are no soft errors: every report is an ERROR */
#define ereturn(context, dummy_value, ...) \
	do { \
		ereport(ERROR, __VA_ARGS__); \
		return dummy_value; \
	} while (0)
#endif

/* a scale taken apart, as read from text or binary and not yet checked */
typedef struct ScaleParts
{
	Numeric		bound[SCALE_BOUNDS];
	bool		inclusive[SCALE_BOUNDS];
	char	   *label[SCALE_BANDS];
} ScaleParts;

/* where the value being read comes from, for its error reports */
typedef struct ScaleSource
{
	const char *text;			/* the input string; NULL for binary input */
	Node	   *escontext;		/* soft-error context of the input call */
} ScaleSource;

/* a malformed value: text and binary input say so in their own words */
#define scale_invalid(src, ret, ...) \
	ereturn((src)->escontext, ret, \
			(errcode((src)->text ? ERRCODE_INVALID_TEXT_REPRESENTATION \
					 : ERRCODE_INVALID_BINARY_REPRESENTATION), \
			 (src)->text ? errmsg("invalid input syntax for type %s: \"%s\"", \
								  "skala", (src)->text) \
			 : errmsg("invalid binary value for type %s", "skala"), \
			 errdetail(__VA_ARGS__)))

static inline bool
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static inline bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static inline bool
database_is_utf8(void)
{
	return GetDatabaseEncoding() == PG_UTF8;
}

static inline const char *
skip_spaces(const char *p, const char *end)
{
	while (p < end && is_space(*p))
		p++;
	return p;
}

/*
 * A label as the scale keeps it: no white space at either end, and every
 * run of white space inside it one space.
 */
static char *
label_normalize(const char *s, size_t len)
{
	char	   *out = palloc(len + 1);
	char	   *o = out;
	const char *end = s + len;
	const char *p = skip_spaces(s, end);

	while (p < end)
	{
		if (is_space(*p))
		{
			p = skip_spaces(p, end);
			if (p < end)
				*o++ = ' ';
		}
		else
			*o++ = *p++;
	}
	*o = '\0';
	return out;
}

/* the character of s that the text form of a scale reserves, or NULL */
static const char *
label_reserved(const char *s)
{
	const char *p = strpbrk(s, ";<=>");

	if (p == NULL && database_is_utf8())
	{
		p = strstr(s, UTF8_GE);
		if (p == NULL)
			p = strstr(s, UTF8_LE);
	}
	return p;
}

static inline bool
label_has_control(const char *s)
{
	for (; *s; s++)
		if ((unsigned char) *s < 0x20 || *s == 0x7f)
			return true;
	return false;
}

static inline bool
numeric_is_finite(Numeric n)
{
#if PG_VERSION_NUM >= 140000
	return !numeric_is_nan(n) && !numeric_is_inf(n);
#else
	return !numeric_is_nan(n);	/* numeric has no infinities before 14 */
#endif
}

static inline char *
numeric_text(Numeric n)
{
	return DatumGetCString(DirectFunctionCall1(numeric_out, NumericGetDatum(n)));
}

static inline int
numeric_compare(Numeric a, Numeric b)
{
	return DatumGetInt32(DirectFunctionCall2(numeric_cmp,
											 NumericGetDatum(a),
											 NumericGetDatum(b)));
}

/*
 * Checks parts, puts them in canonical form and returns the scale, or NULL
 * after a soft error.  The only judge of a valid scale: text input and
 * binary receive both come here.
 */
static Scale *
scale_build(ScaleParts *parts, const ScaleSource *src)
{
	Size		size;
	Scale	   *s;
	int			i;

	for (i = 0; i < SCALE_BANDS; i++)
	{
		char	   *label = label_normalize(parts->label[i], strlen(parts->label[i]));
		const char *reserved = label_reserved(label);
		int			j;

		if (label[0] == '\0')
			scale_invalid(src, NULL, "Band %d has no label.", i + 1);
		if (label_has_control(label))
			scale_invalid(src, NULL, "The label of band %d holds a control character.", i + 1);
		if (reserved != NULL)
			scale_invalid(src, NULL, "The label of band %d (\"%s\") holds \"%.*s\", which the text form of a scale keeps for its bounds and separators.",
						  i + 1, label, pg_mblen(reserved), reserved);
		if (pg_mbstrlen(label) > LABEL_MAX_CHARS)
			scale_invalid(src, NULL, "The label of band %d is longer than %d characters.",
						  i + 1, LABEL_MAX_CHARS);
		for (j = 0; j < i; j++)
			if (strcmp(parts->label[j], label) == 0)
				scale_invalid(src, NULL, "Bands %d and %d have the same label \"%s\"; each band needs a word of its own.",
							  j + 1, i + 1, label);
		parts->label[i] = label;
	}

	for (i = 0; i < SCALE_BOUNDS; i++)
	{
		if (!numeric_is_finite(parts->bound[i]))
			scale_invalid(src, NULL, "The bound of band %d is not a finite number.", i + 1);
		parts->bound[i] = DatumGetNumeric(DirectFunctionCall1(numeric_trim_scale,
															  NumericGetDatum(parts->bound[i])));
		if (strlen(numeric_text(parts->bound[i])) > BOUND_MAX_CHARS)
			scale_invalid(src, NULL, "The bound of band %d is longer than %d characters.",
						  i + 1, BOUND_MAX_CHARS);
	}

	for (i = 1; i < SCALE_BOUNDS; i++)
		if (numeric_compare(parts->bound[i], parts->bound[i - 1]) >= 0)
			ereturn(src->escontext, NULL,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("bounds of criteria scale do not descend"),
					 errdetail("The bound of band %d (%s %s) is not below the bound of band %d (%s %s); each band's bound must be lower than the one above it.",
							   i + 1, parts->inclusive[i] ? ">=" : ">",
							   numeric_text(parts->bound[i]),
							   i, parts->inclusive[i - 1] ? ">=" : ">",
							   numeric_text(parts->bound[i - 1]))));

	/* header, then int-aligned numerics, then the labels */
	size = offsetof(Scale, data);
	for (i = 0; i < SCALE_BOUNDS; i++)
		size = INTALIGN(size) + VARSIZE(parts->bound[i]);
	for (i = 0; i < SCALE_BANDS; i++)
		size += strlen(parts->label[i]) + 1;
	if (size > PG_UINT16_MAX)
		elog(ERROR, "criteria scale of %zu bytes exceeds its offsets", size);

	s = palloc0(size);
	SET_VARSIZE(s, size);
	s->version = SCALE_LAYOUT_VERSION;
	size = offsetof(Scale, data);
	for (i = 0; i < SCALE_BOUNDS; i++)
	{
		size = INTALIGN(size);
		s->bound_off[i] = (uint16) size;
		memcpy((char *) s + size, parts->bound[i], VARSIZE(parts->bound[i]));
		size += VARSIZE(parts->bound[i]);
		if (parts->inclusive[i])
			s->inclusive |= (uint8) (1 << i);
	}
	for (i = 0; i < SCALE_BANDS; i++)
	{
		s->label_off[i] = (uint16) size;
		strcpy((char *) s + size, parts->label[i]);
		size += strlen(parts->label[i]) + 1;
	}
	return s;
}

/*
 * Reads band number band (0-based) from the text [seg, end) into parts:
 * "label", then for all bands but the last an operator and a number.
 */
static bool
scale_parse_band(const char *seg, const char *end, int band,
				 ScaleParts *parts, const ScaleSource *src)
{
	bool		utf8 = database_is_utf8();
	const char *op = seg;
	const char *p;
	const char *num;
	int			digits = 0;
	char	   *label;

	while (op < end && *op != '>' && *op != '<' && *op != '=' &&
		   !(utf8 && end - op >= 3 &&
			 (memcmp(op, UTF8_GE, 3) == 0 || memcmp(op, UTF8_LE, 3) == 0)))
		op++;
	parts->label[band] = pnstrdup(seg, op - seg);
	label = label_normalize(seg, op - seg);

	if (band == SCALE_BANDS - 1)
	{
		if (op < end)
			scale_invalid(src, false, "The last band (\"%s\") holds every value below the fourth bound and takes no bound of its own.",
						  label);
		return true;
	}
	if (op == end)
		scale_invalid(src, false, "Band %d (\"%s\") has no bound; each of the first four bands needs one, such as \"> 90\" or \">= 91\".",
					  band + 1, label);

	if (*op == '>')
	{
		parts->inclusive[band] = (op + 1 < end && op[1] == '=');
		p = op + (parts->inclusive[band] ? 2 : 1);
	}
	else if (utf8 && memcmp(op, UTF8_GE, 3) == 0)
	{
		parts->inclusive[band] = true;
		p = op + 3;
	}
	else
		scale_invalid(src, false, "The bound of band %d (\"%s\") does not start with \">\" or \">=\"; a band holds the values above its bound, or at and above it.",
					  band + 1, label);

	/* [+-] digits [. digits], at least one digit */
	num = p = skip_spaces(p, end);
	if (p < end && (*p == '+' || *p == '-'))
		p++;
	for (; p < end && is_digit(*p); p++)
		digits++;
	if (p < end && *p == '.')
		for (p++; p < end && is_digit(*p); p++)
			digits++;
	if (digits == 0)
	{
		char	   *rest = label_normalize(num, end - num);

		if (rest[0] == '\0')
			scale_invalid(src, false, "The bound of band %d has no number.", band + 1);
		scale_invalid(src, false, "The bound of band %d is not a number: \"%s\".",
					  band + 1, rest);
	}
	if (p - num > BOUND_SCAN_MAX_CHARS)
		scale_invalid(src, false, "The bound of band %d is longer than %d characters.",
					  band + 1, BOUND_MAX_CHARS);
	parts->bound[band] = DatumGetNumeric(DirectFunctionCall3(numeric_in,
															 CStringGetDatum(pnstrdup(num, p - num)),
															 ObjectIdGetDatum(InvalidOid),
															 Int32GetDatum(-1)));

	/* Tabel 7 prints "> 90%", so a percent sign may follow */
	p = skip_spaces(p, end);
	if (p < end && *p == '%')
		p = skip_spaces(p + 1, end);
	if (p < end)
	{
		if (*p == ',' && p + 1 < end && is_digit(p[1]))
			scale_invalid(src, false, "The bound of band %d has a decimal comma; write its decimals after a point, such as \"62.5\".",
						  band + 1);
		scale_invalid(src, false, "The bound of band %d is followed by \"%s\", where the band should end.",
					  band + 1, label_normalize(p, end - p));
	}
	return true;
}

/* Reads the text form of a scale into parts. */
static bool
scale_parse(const char *str, ScaleParts *parts, const ScaleSource *src)
{
	const char *seg = str;
	const char *p;
	int			nbands = 1;
	int			band;

	for (p = str; *p; p++)
		if (*p == ';')
			nbands++;
	if (nbands != SCALE_BANDS)
		scale_invalid(src, false, "A scale has five bands separated by semicolons, but this one has %d.",
					  nbands);

	for (band = 0; band < SCALE_BANDS; band++)
	{
		const char *end = strchr(seg, ';');

		if (end == NULL)
			end = seg + strlen(seg);
		if (!scale_parse_band(seg, end, band, parts, src))
			return false;
		seg = end + 1;
	}
	return true;
}

/* The scale held by a datum, detoasted. */
Scale *
scale_from_datum(Datum d)
{
	Scale	   *s = (Scale *) PG_DETOAST_DATUM(d);

	if (s->version != SCALE_LAYOUT_VERSION)
		elog(ERROR, "criteria scale has unknown layout version %d", s->version);
	return s;
}

/*
 * The band (0 top .. 4 bottom) that capaian falls in, compared with the
 * bounds exactly.  NaN and the infinities are no capaian at all: 22023,
 * as from every function that takes a figure.
 */
int
scale_band(const Scale *s, Numeric capaian)
{
	int			i;

	numeric_fixed_require_finite_numeric((const struct varlena *) capaian, "capaian");
	for (i = 0; i < SCALE_BOUNDS; i++)
	{
		int			c = numeric_compare(capaian, scale_bound(s, i));

		if (c > 0 || (c == 0 && scale_inclusive(s, i)))
			return i;
	}
	return SCALE_BANDS - 1;
}

/* text to skala */
PG_FUNCTION_INFO_V1(skala_in);
Datum
skala_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	ScaleSource src = {str, fcinfo->context};
	ScaleParts	parts;
	Scale	   *s;

	if (!scale_parse(str, &parts, &src))
		PG_RETURN_NULL();
	s = scale_build(&parts, &src);
	if (s == NULL)
		PG_RETURN_NULL();
	PG_RETURN_POINTER(s);
}

/* skala to text, in the one canonical form */
PG_FUNCTION_INFO_V1(skala_out);
Datum
skala_out(PG_FUNCTION_ARGS)
{
	Scale	   *s = PG_GETARG_SCALE_P(0);
	StringInfoData buf;
	int			i;

	initStringInfo(&buf);
	for (i = 0; i < SCALE_BANDS; i++)
	{
		appendStringInfoString(&buf, scale_label(s, i));
		if (i < SCALE_BOUNDS)
			appendStringInfo(&buf, " %s %s; ",
							 scale_inclusive(s, i) ? ">=" : ">",
							 numeric_text(scale_bound(s, i)));
	}
	PG_RETURN_CSTRING(buf.data);
}

/*
 * binary to skala: version byte, flags byte (bit i: bound i is ">="),
 * four numerics each as int32 length and numeric's binary form, five
 * NUL-terminated labels in the client encoding
 */
PG_FUNCTION_INFO_V1(skala_recv);
Datum
skala_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	ScaleSource src = {NULL, NULL};
	ScaleParts	parts;
	int			version = pq_getmsgbyte(buf);
	int			flags;
	int			i;

	if (version != SCALE_BINARY_VERSION)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary value for type %s", "skala"),
				 errdetail("The value is in version %d of the binary format; this build reads version %d.",
						   version, SCALE_BINARY_VERSION)));
	flags = pq_getmsgbyte(buf);
	if (flags >> SCALE_BOUNDS)
		scale_invalid(&src, (Datum) 0, "The flags byte %d marks more than four bounds as inclusive.", flags);

	for (i = 0; i < SCALE_BOUNDS; i++)
	{
		int			len = pq_getmsgint(buf, 4);
		StringInfoData nbuf;
		char		saved;

		if (len < 0 || len > buf->len - buf->cursor)
			scale_invalid(&src, (Datum) 0, "The bound of band %d claims %d bytes, more than the value holds.",
						  i + 1, len);
		/* numeric_recv reads a StringInfo of its own, NUL-terminated */
		nbuf.data = &buf->data[buf->cursor];
		nbuf.maxlen = len + 1;
		nbuf.len = len;
		nbuf.cursor = 0;
		saved = buf->data[buf->cursor + len];
		buf->data[buf->cursor + len] = '\0';
		parts.bound[i] = DatumGetNumeric(DirectFunctionCall3(numeric_recv,
															 PointerGetDatum(&nbuf),
															 ObjectIdGetDatum(InvalidOid),
															 Int32GetDatum(-1)));
		buf->data[buf->cursor + len] = saved;
		if (nbuf.cursor != len)
			scale_invalid(&src, (Datum) 0, "The bound of band %d has %d bytes left over.",
						  i + 1, len - nbuf.cursor);
		buf->cursor += len;
		parts.inclusive[i] = (flags >> i) & 1;
	}
	for (i = 0; i < SCALE_BANDS; i++)
	{
		if (memchr(&buf->data[buf->cursor], '\0', buf->len - buf->cursor) == NULL)
			scale_invalid(&src, (Datum) 0, "The value ends before the label of band %d.", i + 1);
		parts.label[i] = (char *) pq_getmsgstring(buf);
	}

	PG_RETURN_POINTER(scale_build(&parts, &src));
}

/* skala to binary, the form skala_recv reads */
PG_FUNCTION_INFO_V1(skala_send);
Datum
skala_send(PG_FUNCTION_ARGS)
{
	Scale	   *s = PG_GETARG_SCALE_P(0);
	StringInfoData buf;
	int			i;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, SCALE_BINARY_VERSION);
	pq_sendbyte(&buf, s->inclusive);
	for (i = 0; i < SCALE_BOUNDS; i++)
	{
		bytea	   *b = DatumGetByteaPP(DirectFunctionCall1(numeric_send,
															NumericGetDatum(scale_bound(s, i))));

		pq_sendint32(&buf, VARSIZE_ANY_EXHDR(b));
		pq_sendbytes(&buf, VARDATA_ANY(b), VARSIZE_ANY_EXHDR(b));
	}
	for (i = 0; i < SCALE_BANDS; i++)
		pq_sendstring(&buf, scale_label(s, i));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* the same bounds, the same kinds of bound and the same labels */
static bool
scale_equal(const Scale *a, const Scale *b)
{
	int			i;

	if (a->inclusive != b->inclusive)
		return false;
	for (i = 0; i < SCALE_BOUNDS; i++)
		if (numeric_compare(scale_bound(a, i), scale_bound(b, i)) != 0)
			return false;
	for (i = 0; i < SCALE_BANDS; i++)
		if (strcmp(scale_label(a, i), scale_label(b, i)) != 0)
			return false;
	return true;
}

/* skala = skala */
PG_FUNCTION_INFO_V1(skala_eq);
Datum
skala_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(scale_equal(PG_GETARG_SCALE_P(0), PG_GETARG_SCALE_P(1)));
}

/* skala <> skala */
PG_FUNCTION_INFO_V1(skala_ne);
Datum
skala_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(!scale_equal(PG_GETARG_SCALE_P(0), PG_GETARG_SCALE_P(1)));
}
