# arrc.mk — build .arr files with arrc from a Makefile.
#
#   include arrc.mk               (installed as $(PREFIX)/share/arrc/arrc.mk)
#   app: app.o kernel.o ; $(CC) -fopenmp -o $@ $^ -lm
#   app.o: kernel.h
#
# kernel.c and kernel.h are made from kernel.arr; arrc writes kernel.arr.d
# beside them (-MMD -MP), so make rebuilds when any input changes.
#
# Python (docs/python.md): kernel_py.c is the extension module's wrapper
# (arrc --python); compile it with kernel.c into one shared object:
#   kernel$(ARRC_PY_SUFFIX): kernel.c kernel_py.c
#   	$(CC) -O3 -fopenmp -fno-math-errno -shared -fPIC $(ARRC_PY_CFLAGS) $^ -o $@ -lm
ARRC ?= arrc
ARRCFLAGS ?=
ARRC_PYTHON ?= python3
# evaluated only where used: the include folders of Python and NumPy, the file name suffix
ARRC_PY_CFLAGS = $(shell $(ARRC_PYTHON) -c 'import sysconfig, numpy; print("-I" + sysconfig.get_paths()["include"], "-I" + numpy.get_include())')
ARRC_PY_SUFFIX = $(shell $(ARRC_PYTHON) -c 'import sysconfig; print(sysconfig.get_config_var("EXT_SUFFIX"))')

%.c %.h: %.arr
	$(ARRC) $(ARRCFLAGS) -MMD -MP -MF $<.d $< -o $*.c

%_py.c: %.arr
	$(ARRC) $(ARRCFLAGS) --emit=python $< -o $*.c > $@.tmp && mv $@.tmp $@

-include $(wildcard *.arr.d)
