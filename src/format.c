/*
 * src/format.c: numbers the Indonesian way, both ways.
 *
 * The report prints 1.622.941.244 (a dot groups thousands), 72,73% (a comma
 * marks the decimals) and Rp. 1.622.941.244,- for money, and a value keeps
 * the decimals it was given with (62,2, not 62,20).  format_angka,
 * format_persen and format_rupiah write that text from a numeric;
 * parse_angka reads it back, and what planners paste from spreadsheets, so
 * that parse_angka(format_angka(x)) = x to the last digit of the scale.
 *
 * No locale is consulted: lc_numeric and to_char would make a report depend
 * on the server's settings.  The digits come from numeric_out, which always
 * writes [-]digits[.digits] with the value's display scale, and go back in
 * through numeric_in; nothing passes through a float.
 */
#include "postgres.h"

#include "fmgr.h"
#include "lib/stringinfo.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/numeric.h"

#include "numeric_fixed.h"
#include "terjemah.h"

/* The largest number of decimals a caller may ask for. */
#define LKJ_DESIMAL_MAX 20

/* A finite numeric as numeric_out writes it: [-]digits[.fraction]. */
typedef struct Angka
{
	bool		negative;
	const char *digits;			/* the integer part, at least one digit */
	int			ndigits;
	const char *fraction;		/* the digits after the point, maybe none */
	int			nfraction;
} Angka;

static void invalid_angka(const char *input, const char *detail,
						  const char *hint) pg_attribute_noreturn();

/*
 * A report never prints NaN or an infinity, so a caller that passes one has
 * a bug upstream; say so, in the words every function that takes a figure
 * uses, instead of printing it.
 */
static inline void
check_finite(Numeric num)
{
	numeric_fixed_require_finite_numeric((const struct varlena *) num, "nilai");
}

/* The one range of decimals every rounding function accepts. */
static inline void
check_desimal(int32 desimal)
{
	if (desimal < 0 || desimal > LKJ_DESIMAL_MAX)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("number of decimals %d is out of range", desimal),
				 errhint("Ask for 0 to %d decimals.", LKJ_DESIMAL_MAX)));
}

/* Round half away from zero to desimal decimals, as SQL's round() does. */
static inline Numeric
round_numeric(Numeric num, int32 desimal)
{
	return DatumGetNumeric(DirectFunctionCall2(numeric_round,
											   NumericGetDatum(num),
											   Int32GetDatum(desimal)));
}

/* Split a finite numeric's numeric_out text into sign and digits. */
static inline void
split_numeric(Numeric num, Angka *a)
{
	const char *s = DatumGetCString(DirectFunctionCall1(numeric_out,
														NumericGetDatum(num)));
	const char *point;

	a->negative = (*s == '-');
	if (a->negative)
		s++;
	point = strchr(s, '.');
	a->digits = s;
	if (point == NULL)
	{
		a->ndigits = strlen(s);
		a->fraction = s + a->ndigits;
		a->nfraction = 0;
	}
	else
	{
		a->ndigits = point - s;
		a->fraction = point + 1;
		a->nfraction = strlen(point + 1);
	}
}

/* Whether every decimal is zero (numeric_out never writes "-0"). */
static inline bool
fraction_is_zero(const Angka *a)
{
	for (int i = 0; i < a->nfraction; i++)
		if (a->fraction[i] != '0')
			return false;
	return true;
}

/*
 * [-]prefix digits-grouped-by-dots[,fraction]suffix, built in one buffer of
 * the exact size.  nfraction decimals are written, padded with zeros.
 */
static text *
angka_to_text(const Angka *a, const char *prefix, int nfraction,
			  const char *suffix)
{
	int			nprefix = strlen(prefix);
	int			nsuffix = strlen(suffix);
	int			len = (a->negative ? 1 : 0) + nprefix +
		a->ndigits + (a->ndigits - 1) / 3 +
		(nfraction > 0 ? 1 + nfraction : 0) + nsuffix;
	text	   *result = (text *) palloc(VARHDRSZ + len);
	char	   *p = VARDATA(result);

	SET_VARSIZE(result, VARHDRSZ + len);
	if (a->negative)
		*p++ = '-';
	memcpy(p, prefix, nprefix);
	p += nprefix;
	for (int i = 0; i < a->ndigits; i++)
	{
		if (i > 0 && (a->ndigits - i) % 3 == 0)
			*p++ = '.';
		*p++ = a->digits[i];
	}
	if (nfraction > 0)
	{
		int			ncopy = Min(nfraction, a->nfraction);

		*p++ = ',';
		memcpy(p, a->fraction, ncopy);
		memset(p + ncopy, '0', nfraction - ncopy);
		p += nfraction;
	}
	memcpy(p, suffix, nsuffix);
	Assert(p + nsuffix == VARDATA(result) + len);
	return result;
}

/*
 * Both overloads of a format function share one C function: with one
 * argument the value keeps its own decimals, with two it is rounded to the
 * second.
 */
static text *
format_numeric(FunctionCallInfo fcinfo, const char *suffix)
{
	Numeric		num = PG_GETARG_NUMERIC(0);
	Angka		a;

	if (PG_NARGS() > 1)
		check_desimal(PG_GETARG_INT32(1));
	check_finite(num);
	if (PG_NARGS() > 1)
		num = round_numeric(num, PG_GETARG_INT32(1));
	split_numeric(num, &a);
	return angka_to_text(&a, "", a.nfraction, suffix);
}

/* format_angka(numeric [, desimal]): 1.622.941.244, 62,2; 96,00 for (96, 2) */
PG_FUNCTION_INFO_V1(format_angka);
Datum
format_angka(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(format_numeric(fcinfo, ""));
}

/* format_persen(numeric [, desimal]): 135,76%; 96,00% for (96, 2) */
PG_FUNCTION_INFO_V1(format_persen);
Datum
format_persen(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(format_numeric(fcinfo, "%"));
}

/* format_rupiah(numeric): Rp. 1.234,-, -Rp. 1.234,-; sen: Rp. 1.234,50 */
PG_FUNCTION_INFO_V1(format_rupiah);
Datum
format_rupiah(PG_FUNCTION_ARGS)
{
	Numeric		num = PG_GETARG_NUMERIC(0);
	Angka		a;

	/*
	 * ",-" says "no sen", so it ends a whole amount only; an amount with sen
	 * is rounded to 2 decimals and shows them.  The sign goes before "Rp.".
	 */
	check_finite(num);
	split_numeric(num, &a);
	if (a.nfraction > 2 && !fraction_is_zero(&a))
	{
		/* 0,001 rounds to 0,00: printed as Rp. 0,-, without a sign */
		split_numeric(round_numeric(num, 2), &a);
	}
	if (fraction_is_zero(&a))
		PG_RETURN_TEXT_P(angka_to_text(&a, "Rp. ", 0, ",-"));
	PG_RETURN_TEXT_P(angka_to_text(&a, "Rp. ", 2, ""));
}

/*
 * parse_angka reads, after trimming white space (ASCII, and U+00A0 in UTF-8):
 *
 *   N/A (any case)                            NULL, the report's "no data"
 *   -                                         0, the report's zero count
 *   [sign] [Rp[.] [blanks]] [sign] number [,-] [[blanks] %]
 *
 * with one sign at most, never both Rp and %, and ",-" only after a whole
 * number and never with %.  The number is Indonesian where it can be read
 * so (1.234.567,89: dots group thousands in threes, one decimal comma), else
 * a plain numeral with one decimal point and digits on both sides (1.5).
 * Anything else is rejected with a detail that says why: guessing at a
 * figure of a budget is worse than asking for it again.
 */

/* Every input parse_angka rejects, with the reason a planner can act on. */
static void
invalid_angka(const char *input, const char *detail, const char *hint)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for type numeric: \"%s\"", input),
			 errdetail("%s", detail),
			 hint ? errhint("%s", hint) : 0));
}

static inline bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/*
 * Bytes of white space at p: ASCII blanks, and U+00A0 (no-break space, the
 * blank of pasted Word tables) where the text is UTF-8.
 */
static inline int
blank_at(const char *p, const char *end)
{
	if (p >= end)
		return 0;
	if (*p == ' ' || (*p >= '\t' && *p <= '\r'))
		return 1;
	if (end - p >= 2 && (unsigned char) p[0] == 0xC2 &&
		(unsigned char) p[1] == 0xA0 &&
		(GetDatabaseEncoding() == PG_UTF8 ||
		 GetDatabaseEncoding() == PG_SQL_ASCII))
		return 2;
	return 0;
}

/* Bytes of white space that end the text before end. */
static inline int
blank_before(const char *start, const char *end)
{
	if (end <= start)
		return 0;
	if (end[-1] == ' ' || (end[-1] >= '\t' && end[-1] <= '\r'))
		return 1;
	if (end - start >= 2 && blank_at(end - 2, end) == 2)
		return 2;
	return 0;
}

/* Count of digits from p up to end or the first non-digit. */
static inline int
digit_run(const char *p, const char *end)
{
	const char *q = p;

	while (q < end && is_digit(*q))
		q++;
	return q - p;
}

/*
 * An integer part the Indonesian way: plain digits (1234), or a lead of one
 * to three digits that is not a leading zero, then groups of exactly three
 * after dots (1.234.567).
 */
static inline bool
integer_part_ok(const char *p, const char *end)
{
	int			lead = digit_run(p, end);

	if (lead == end - p)
		return lead > 0;
	if (lead < 1 || lead > 3 || *p == '0')
		return false;
	for (p += lead; p < end; p += 4)
		if (end - p < 4 || *p != '.' || digit_run(p + 1, end) < 3 ||
			(end - p > 4 && p[4] != '.'))
			return false;
	return true;
}

/*
 * English grouping: 1,234,567 or 1,234.5, a lead of one to three digits,
 * groups of three after commas, maybe a decimal point; read only to say so.
 */
static inline bool
english_grouping(const char *p, const char *end)
{
	int			lead = digit_run(p, end);
	int			ngroups = 0;

	if (lead < 1 || lead > 3)
		return false;
	for (p += lead; p < end && *p == ','; p += 4, ngroups++)
		if (digit_run(p + 1, end) != 3)
			return false;
	if (p < end && (*p != '.' || digit_run(p + 1, end) != end - p - 1 ||
					p + 1 == end))
		return false;
	/* 1,234 alone is one comma and a decimal: Indonesian, and taken so */
	return ngroups > 1 || (ngroups == 1 && p < end);
}

/*
 * The number itself, [p, end) of digits, dots and commas, as a plain
 * numeral (dots of thousands dropped, the decimal comma a point) appended to
 * buf.  Sets *whole when it has no decimals.
 */
static void
numeral_from_angka(const char *input, const char *p, const char *end,
				   StringInfo buf, bool *whole)
{
	const char *comma = memchr(p, ',', end - p);
	const char *dot = memchr(p, '.', end - p);
	const char *intend = comma ? comma : end;

	if (english_grouping(p, end))
		invalid_angka(input,
					  L_("Commas group thousands here, which is the English format; the Indonesian format groups thousands with dots and has one decimal comma."),
					  L_("Write the number the Indonesian way (1.234,56) or without grouping (1234.56)."));
	if (comma != NULL && memchr(comma + 1, ',', end - comma - 1) != NULL)
		invalid_angka(input,
					  L_("A number has at most one comma, the decimal comma."),
					  NULL);
	if (comma != NULL && (comma == p || comma + 1 == end))
		invalid_angka(input,
					  L_("The decimal comma must have digits on both sides."),
					  NULL);
	if (comma != NULL && memchr(comma + 1, '.', end - comma - 1) != NULL)
		invalid_angka(input,
					  L_("A dot cannot follow the decimal comma."),
					  NULL);

	*whole = (comma == NULL);
	if (integer_part_ok(p, intend))
	{
		for (; p < intend; p++)
			if (*p != '.')
				appendStringInfoChar(buf, *p);
		if (comma != NULL)
		{
			appendStringInfoChar(buf, '.');
			appendBinaryStringInfo(buf, comma + 1, end - comma - 1);
		}
		return;
	}

	/* Not Indonesian: a plain numeral such as 1.5 or 1234.5678. */
	if (comma == NULL && dot != NULL &&
		memchr(dot + 1, '.', end - dot - 1) == NULL)
	{
		if (dot == p || dot + 1 == end)
			invalid_angka(input,
						  L_("A decimal point must have digits on both sides."),
						  NULL);
		*whole = false;
		appendBinaryStringInfo(buf, p, end - p);
		return;
	}
	invalid_angka(input,
				  L_("A dot groups thousands in groups of exactly three digits after a lead of one to three digits (1.234.567), and a plain numeral has at most one decimal point (1234.5)."),
				  NULL);
}

/* parse_angka(text): a report's or a spreadsheet's number, scale kept */
PG_FUNCTION_INFO_V1(parse_angka);
Datum
parse_angka(PG_FUNCTION_ARGS)
{
	char	   *input = text_to_cstring(PG_GETARG_TEXT_PP(0));
	const char *p = input;
	const char *end = input + strlen(input);
	const char *num;
	const char *numend;
	const char *q;
	bool		negative = false;
	bool		signed_ = false;
	bool		rupiah = false;
	bool		dash = false;
	bool		percent = false;
	bool		whole;
	int			n;
	StringInfoData buf;

	while ((n = blank_at(p, end)) > 0)
		p += n;
	while ((n = blank_before(p, end)) > 0)
		end -= n;
	if (p == end)
		invalid_angka(input, L_("The input is empty or only white space."),
					  L_("Write N/A for a missing figure."));
	if (end - p == 3 && pg_strncasecmp(p, "n/a", 3) == 0)
		PG_RETURN_NULL();
	/* the report's "-" for a count of zero */
	if (end - p == 1 && *p == '-')
		PG_RETURN_DATUM(DirectFunctionCall3(numeric_in, CStringGetDatum("0"),
											ObjectIdGetDatum(InvalidOid),
											Int32GetDatum(-1)));

	if (*p == '-' || *p == '+')
	{
		negative = (*p == '-');
		signed_ = true;
		p++;
	}
	if (end - p >= 2 && pg_strncasecmp(p, "rp", 2) == 0)
	{
		rupiah = true;
		p += 2;
		if (p < end && *p == '.')
			p++;
		while ((n = blank_at(p, end)) > 0)
			p += n;
	}
	if (p < end && (*p == '-' || *p == '+'))
	{
		if (signed_)
			invalid_angka(input, L_("The input has more than one sign."), NULL);
		negative = (*p == '-');
		p++;
	}

	num = p;
	while (p < end && (is_digit(*p) || *p == '.' || *p == ','))
		p++;
	numend = p;
	/* ",-" says "a whole amount": Rp. 1.234,- */
	if (numend > num && numend[-1] == ',' && p < end && *p == '-')
	{
		numend--;
		p++;
		dash = true;
	}
	for (q = p; (n = blank_at(q, end)) > 0; q += n)
		;
	if (q < end && *q == '%')
	{
		percent = true;
		p = q + 1;
	}

	if (numend == num)
		invalid_angka(input,
					  p == end ? L_("The input has no digits.") :
					  psprintf(L_("A digit was expected where \"%.*s\" begins."),
							   (int) (end - p), p),
					  NULL);
	if (p < end && (*p == 'e' || *p == 'E'))
		invalid_angka(input,
					  L_("Exponent notation is not accepted: a spreadsheet shows it for a rounded value."),
					  L_("Format the cell as a number and paste the full figure."));
	if (p < end)
		invalid_angka(input,
					  psprintf(L_("The text \"%.*s\" after the number is not part of it."),
							   (int) (end - p), p),
					  NULL);
	if (rupiah && percent)
		invalid_angka(input,
					  L_("An amount in rupiah is not a percentage: the input has both \"Rp\" and \"%\"."),
					  NULL);
	if (dash && percent)
		invalid_angka(input,
					  L_("The suffix \",-\" marks a whole amount of rupiah and cannot be a percentage."),
					  NULL);

	initStringInfo(&buf);
	if (negative)
		appendStringInfoChar(&buf, '-');
	numeral_from_angka(input, num, numend, &buf, &whole);
	if (dash && !whole)
		invalid_angka(input,
					  L_("The suffix \",-\" marks a whole amount and cannot follow decimals."),
					  NULL);

	PG_RETURN_DATUM(DirectFunctionCall3(numeric_in, CStringGetDatum(buf.data),
										ObjectIdGetDatum(InvalidOid),
										Int32GetDatum(-1)));
}
