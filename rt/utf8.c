/*
 * utf8.c — UTF-8 for the runtime (gc's utf8.go): encoderune for
 * string(rune) and decoderune for `for i, r := range s`. Both follow the
 * Unicode rules Go uses: no surrogates (U+D800-U+DFFF), nothing above
 * U+10FFFF, no overlong forms; anything invalid is U+FFFD, and an invalid
 * byte sequence is consumed one byte at a time.
 * Must not allocate.
 */
#include "entry.h"

#define runeError    0xFFFD
#define maxRune      0x10FFFF
#define surrogateMin 0xD800
#define surrogateMax 0xDFFF

int encoderune(uint8_t *p, int64_t r)
{
	if (r < 0 || r > maxRune || (r >= surrogateMin && r <= surrogateMax))
		r = runeError;
	if (r < 0x80) {
		p[0] = (uint8_t)r;
		return 1;
	}
	if (r < 0x800) {
		p[0] = (uint8_t)(0xC0 | r >> 6);
		p[1] = (uint8_t)(0x80 | (r & 0x3F));
		return 2;
	}
	if (r < 0x10000) {
		p[0] = (uint8_t)(0xE0 | r >> 12);
		p[1] = (uint8_t)(0x80 | (r >> 6 & 0x3F));
		p[2] = (uint8_t)(0x80 | (r & 0x3F));
		return 3;
	}
	p[0] = (uint8_t)(0xF0 | r >> 18);
	p[1] = (uint8_t)(0x80 | (r >> 12 & 0x3F));
	p[2] = (uint8_t)(0x80 | (r >> 6 & 0x3F));
	p[3] = (uint8_t)(0x80 | (r & 0x3F));
	return 4;
}

static bool cont(uint8_t b, uint8_t lo, uint8_t hi)
{
	return b >= lo && b <= hi;
}

/*
 * decoderune decodes the rune starting at s[k] and returns it with the
 * index of the next one; an invalid sequence or k past the end gives
 * (U+FFFD, k+1), as gc's decoderune does.
 */
RuneNext rt_decoderune(String s, intgo k)
{
	if (k < 0 || k >= s.len)
		return (RuneNext){runeError, k + 1};
	const uint8_t *p = s.str + k;
	intgo n = s.len - k;
	uint8_t b0 = p[0];

	if (b0 < 0x80)
		return (RuneNext){b0, k + 1};
	if (b0 >= 0xC2 && b0 <= 0xDF && n >= 2 && cont(p[1], 0x80, 0xBF))
		return (RuneNext){(b0 & 0x1F) << 6 | (p[1] & 0x3F), k + 2};
	if (b0 >= 0xE0 && b0 <= 0xEF && n >= 3) {
		/* E0 would be overlong below A0; ED would be a surrogate from A0. */
		uint8_t lo = b0 == 0xE0 ? 0xA0 : 0x80;
		uint8_t hi = b0 == 0xED ? 0x9F : 0xBF;
		if (cont(p[1], lo, hi) && cont(p[2], 0x80, 0xBF))
			return (RuneNext){(b0 & 0x0F) << 12 | (p[1] & 0x3F) << 6 | (p[2] & 0x3F), k + 3};
	}
	if (b0 >= 0xF0 && b0 <= 0xF4 && n >= 4) {
		/* F0 would be overlong below 90; F4 would pass U+10FFFF from 90. */
		uint8_t lo = b0 == 0xF0 ? 0x90 : 0x80;
		uint8_t hi = b0 == 0xF4 ? 0x8F : 0xBF;
		if (cont(p[1], lo, hi) && cont(p[2], 0x80, 0xBF) && cont(p[3], 0x80, 0xBF))
			return (RuneNext){(intgo)(b0 & 0x07) << 18 | (p[1] & 0x3F) << 12 |
					  (p[2] & 0x3F) << 6 | (p[3] & 0x3F), k + 4};
	}
	return (RuneNext){runeError, k + 1};
}
