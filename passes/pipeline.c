/* pipeline.c — the pass table.  It drives --emit=, --dump-after=,
 * --stop-after= and --time-passes; the driver runs it in order and the
 * verifier checks the IR after every pass. */
#include "pipeline.h"
#include "passes.h"
#include <string.h>

static void run_lower_pir(IrProgram *p) { lower_pir(p); }

const Pass passes[] = {
    { "parse",     "flex/bison front end: source to AST with byte spans",          ST_AST, NULL },
    { "sema",      "names, scopes, types, literal typing, recursion check",        ST_AST, NULL },
    { "lower-dir", "inline functions; AST to Domain IR (map/reduce/fill nodes)",   ST_DIR, NULL },
    { "extents",   "replace constant extent variables; drop checks that hold",    ST_DIR, pass_extents },
    { "fuse-mask", "a compaction computes its mask: the maps before it move in",  ST_DIR, pass_fuse_mask },
    { "stencil-inline", "a map read only by a stencil is computed at the stencil's reads", ST_DIR, pass_stencil_inline },
    { "stencil-out", "maps reading a stencil's results are computed in its kernel", ST_DIR, pass_stencil_out },
    { "stencil-chain", "a stencil read only by the next runs inside it, by strips of rows", ST_DIR, pass_stencil_chain },
    { "tblock",    "temporal blocking: an iterated stencil runs several rounds per cache-sized tile or per sweep", ST_DIR, pass_tblock },
    { "lower-pir", "Domain IR to Parallel IR: alloc + parfor per domain node",     ST_PIR, run_lower_pir },
    { "forward",   "after x = t, later statements use t; the rebinding moves down", ST_PIR, pass_forward },
    { "unalias",   "a second name for a buffer bound once (a var's snapshot) is that buffer", ST_PIR, pass_unalias },
    { "fuse",      "merge parfors over equal domains; loads become scalars",        ST_PIR, pass_fuse },
    { "inplace",   "update a rebound var array in place when its old value is dead", ST_PIR, pass_inplace },
    { "dce",       "drop dead stores, arrays and allocations",                     ST_PIR, pass_dce },
    { "inline",    "a temporary read once by a later loop nest is computed there",  ST_PIR, pass_inline_prod },
    { "fuse-2",    "fuse again: loops that dead arrays kept apart",                 ST_PIR, pass_fuse },
    { "dce-2",     "drop what the second fusion made dead",                        ST_PIR, pass_dce },
    { "result-slot", "build an array that is returned in the caller's result buffer", ST_PIR, pass_result_slot },
    { "simplify",  "copy propagation, repeated loads and bounds checks the loops imply", ST_PIR, pass_simplify },
    { "hoist",     "a loop nest that does not depend on the loop around it runs once, before it", ST_PIR, pass_hoist },
    { "nanfree",   "argmin/argmax without NaN tracking where its values cannot be NaN (behind a check that its inputs are finite)", ST_PIR, pass_nanfree },
    { "groupby",   "sums and counts by key (select(key == c, ...) for c in 0..k) in one pass over the data", ST_PIR, pass_groupby },
    { "histo",     "a histogram counts by chunks of its elements into bins of their own, added up after", ST_PIR, pass_histo },
    { "interchange", "a sum down a column becomes an accumulation over rows (blocks of columns, or chunks of rows)", ST_PIR, pass_interchange },
    { "dce-3",     "drop what group-by-key and interchange made dead (arrays their chunks no longer read)", ST_PIR, pass_dce },
    { "matmul-idiom", "a loop nest that computes a matrix product calls the tiled kernel", ST_PIR, pass_idiom_matmul },
    { "tile",      "a 2-D parallel nest that reads an array across its rows (a transpose) runs by square tiles", ST_PIR, pass_tile },
    { "rowfuse",   "2-D parallel loops that read each other's rows at fixed distances run as one pass over rows", ST_PIR, pass_rowfuse },
    { "padtail",   "a short inner sum loop runs whole vectors: its count rounded up, the extra iterations adding 0", ST_PIR, pass_padtail },
    { "unroll",    "a short inner sum of a constant count in a parallel loop is written out term by term", ST_PIR, pass_unroll },
    { "fillframe", "a fill that a stencil's first round overwrites inside fills only the frame around the interior", ST_PIR, pass_fillframe },
    { "minmax",    "a float minimum/maximum runs as vector min/max; the ordered loop only for a NaN or a zero result", ST_PIR, pass_minmax },
    { "argblock",  "an argmin/argmax runs by blocks: a vector min/max of each, the ordered loop only over a block that may change the result", ST_PIR, pass_argblock },
    { "arglanes",  "a short argmin/argmax per row runs for 32 rows at a time, a row a vector lane", ST_PIR, pass_arglanes },
    { "distribute", "--mpi: arrays split by rows over the ranks; local loops, combined reductions", ST_PIR, pass_distribute },
    { "vecmath",   "math calls in parallel loops run as vector functions, by blocks (SLEEF; libmvec for compilers other than gcc)", ST_PIR, pass_vecmath },
    { "lanesum",   "a sum of inner sums keeps its partial sums in vector lanes from one inner loop to the next", ST_PIR, pass_lanesum },
    { "idxwrap",   "a subscript i + c of two non-negative values is plain signed arithmetic (clang vectorises it)", ST_PIR, pass_idxwrap },
    { "cdepth",    "a deeply nested expression is computed in parts (temporaries), within the C compilers' nesting limits", ST_PIR, pass_cdepth },
    { "codegen",   "C/OpenMP and the header",                                      ST_C,   NULL },
};
const int npasses = (int)(sizeof passes / sizeof passes[0]);

int pass_lookup(const char *name)
{
    for (int i = 0; i < npasses; i++)
        if (strcmp(passes[i].name, name) == 0) return i;
    return -1;
}
