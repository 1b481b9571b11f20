/* cg.h — C/OpenMP emission from the Parallel IR. */
#ifndef ARRC_CG_H
#define ARRC_CG_H

#include "ir.h"

/* Writes the module's .c into c and its header into h; the .c includes
 * the header by the file name header_name; #line directives return to the
 * C file as c_name. */
void cg_emit(const IrProgram *p, const char *source_name, const char *header_name, const char *c_name, Buf *c, Buf *h);

#endif
