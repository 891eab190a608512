package p

// A quotient of 0 (no limbs) as an operand of &: bigint.c passed a
// null pointer to memcpy (found by fuzz_check).
const c = 1111111111111111111111/11111111111111111111111111111 & 11111111111111111111111111111111
