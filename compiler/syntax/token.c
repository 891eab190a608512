/*
 * token.c — the spelling of every token, built from token.def so that the
 * enum and the table cannot drift apart.
 */
#include "ast.h"

const char *const token_text[TK_COUNT] = {
#define TOK(name, text) [TK_##name] = text,
#include "token.def"
#undef TOK
};
