/*
 * op.c — the op and block-kind tables, expanded from the declarations in
 * ssa/ops.def, codegen/amd64ops.def and ssa/blocks.def. Nothing else
 * lists ops: passes and the printer read names, argument counts and flags
 * from here.
 */
#include "ssa.h"

const OpInfo op_info[OpCount] = {
#define OP(name, nargs, flags, meaning) [Op##name] = {#name, nargs, flags, meaning},
#include "ops.def"
#undef OP
#define AMD64OP(name, nargs, flags, meaning, ...) [OpAMD64##name] = {#name, nargs, flags, meaning},
#include "../codegen/amd64ops.def"
#undef AMD64OP
};

const BlockInfo block_info[BlockKindCount] = {
#define BLOCK(name, nsuccs, meaning) [Block##name] = {#name, nsuccs},
#include "blocks.def"
#undef BLOCK
};
