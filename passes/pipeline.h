/* pipeline.h — the ordered pass table. */
#ifndef ARRC_PIPELINE_H
#define ARRC_PIPELINE_H

#include "ir.h"

typedef enum Stage { ST_AST, ST_DIR, ST_PIR, ST_C } Stage;

typedef struct Pass {
    const char *name;
    const char *description;
    Stage produces;             /* what the IR is after this pass */
    void (*run)(IrProgram *p);  /* NULL for passes the driver runs itself */
} Pass;

extern const Pass passes[];
extern const int npasses;
int pass_lookup(const char *name);

#endif
