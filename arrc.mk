# arrc.mk — build .arr files with arrc from a Makefile (docs/make.md).
#
#   ARRC_BUILDDIR = build             (optional: where the C goes; default beside the .arr)
#   include arrc.mk                   (installed as $(PREFIX)/share/arrc/arrc.mk)
#   app: build/app.o build/kernels/k.o ; $(CC) -fopenmp -o $@ $^ -lm
#   build/app.o: build/kernels/k.h
#
# kernels/k.arr makes $(ARRC_BUILDDIR)/kernels/k.c and k.h.  Set ARRC,
# ARRCFLAGS and ARRC_BUILDDIR before the include.  Make rebuilds exactly what
# changed:
#  - arrc writes k.arr.d (-MMD -MP) beside its outputs, naming every module
#    k.arr imports; this file includes every such .d under ARRC_BUILDDIR (or
#    under the current folder), so an edit to an imported module in another
#    folder regenerates its importers;
#  - arrc rewrites an output only when its text changed, so a comment edit
#    recompiles nothing that includes the header; the time of the last arrc
#    run is kept in k.arr.stamp, so that arrc does not run again on the next
#    make;
#  - a new arrc (when ARRC names a file) regenerates everything;
#  - this file defines no explicit target: make's default goal stays the
#    first target of your Makefile.
#
# Python (docs/python.md): k_py.c is the extension module's wrapper
# (arrc --python); compile it with k.c into one shared object:
#   k$(ARRC_PY_SUFFIX): k.c k_py.c
#   	$(CC) -O3 -fopenmp -fno-math-errno -shared -fPIC $(ARRC_PY_CFLAGS) $^ -o $@ -lm
ARRC ?= arrc
ARRCFLAGS ?=
ARRC_BUILDDIR ?=
ARRC_PYTHON ?= python3
# evaluated only where used: the include folders of Python and NumPy, the file name suffix
ARRC_PY_CFLAGS = $(shell $(ARRC_PYTHON) -c 'import sysconfig, numpy; print("-I" + sysconfig.get_paths()["include"], "-I" + numpy.get_include())')
ARRC_PY_SUFFIX = $(shell $(ARRC_PYTHON) -c 'import sysconfig; print(sysconfig.get_config_var("EXT_SUFFIX"))')

# the outputs' folder as a prefix: "" or "build/"
ARRC_OUT := $(if $(ARRC_BUILDDIR),$(patsubst %/,%,$(ARRC_BUILDDIR))/)
# the arrc command for $*.arr (in a recipe of the rules below)
ARRC_COMPILE = $(ARRC) $(ARRCFLAGS) -MMD -MP -MF $(ARRC_OUT)$*.arr.d -MT $(ARRC_OUT)$*.arr.stamp $*.arr -o $(ARRC_OUT)$*.c

# The stamp gets the time arrc started (so the outputs arrc writes are never
# older than it), and only when arrc succeeded.
$(ARRC_OUT)%.arr.stamp: %.arr $(wildcard $(ARRC))
	@mkdir -p $(@D) && touch $@.new
	$(ARRC_COMPILE)
	@mv $@.new $@

# The outputs are up to date with their stamp; they are remade only when one
# was deleted.  (When arrc left an output unchanged, it is older than the
# stamp and this silent check runs; make then sees the unchanged time and
# rebuilds nothing that depends on the output.)
$(ARRC_OUT)%.c $(ARRC_OUT)%.h: $(ARRC_OUT)%.arr.stamp
	@test -f $(ARRC_OUT)$*.c -a -f $(ARRC_OUT)$*.h || { echo '$(ARRC_COMPILE)'; $(ARRC_COMPILE); }

$(ARRC_OUT)%_py.c: %.arr $(wildcard $(ARRC))
	@mkdir -p $(@D)
	$(ARRC) $(ARRCFLAGS) --emit=python $< -o $(ARRC_OUT)$*.c > $@.tmp && mv $@.tmp $@

# kept when make would delete them as intermediate files
.PRECIOUS: $(ARRC_OUT)%.arr.stamp $(ARRC_OUT)%.c $(ARRC_OUT)%.h

# Every dependency file under the outputs' folder (hidden folders skipped),
# or those of ARRC_SOURCES when it lists the .arr files.  The included rules
# must not become the default goal.
ARRC_DEPFILES ?= $(if $(ARRC_SOURCES),$(wildcard $(patsubst %.arr,$(ARRC_OUT)%.arr.d,$(ARRC_SOURCES))),$(shell find $(or $(ARRC_BUILDDIR),.) -name '.?*' -prune -o -name '*.arr.d' -print 2>/dev/null))
arrc_default_goal_ := $(.DEFAULT_GOAL)
-include $(ARRC_DEPFILES)
.DEFAULT_GOAL := $(arrc_default_goal_)
