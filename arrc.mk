# arrc.mk — build .arr files with arrc from a Makefile.
#
#   include arrc.mk               (installed as $(PREFIX)/share/arrc/arrc.mk)
#   app: app.o kernel.o ; $(CC) -fopenmp -o $@ $^ -lm
#   app.o: kernel.h
#
# kernel.c and kernel.h are made from kernel.arr; arrc writes kernel.arr.d
# beside them (-MMD -MP), so make rebuilds when any input changes.
ARRC ?= arrc
ARRCFLAGS ?=

%.c %.h: %.arr
	$(ARRC) $(ARRCFLAGS) -MMD -MP -MF $<.d $< -o $*.c

-include $(wildcard *.arr.d)
