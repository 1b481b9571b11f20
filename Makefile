# arrc — an array-language compiler emitting C/OpenMP.
#   make          build ./arrc
#   make demo     install what is missing, build arrc, run the Black-Scholes sample
#   make check    the whole test suite (what .ci/run calls)
#   make bench    every sample against hand-written C, NumPy, Numba, OpenCV:
#                 bench/results.md and bench/results.png (bench/README.md)

CC      ?= gcc
CFLAGS  ?= -O2 -g
WARN    := -std=c11 -Wall -Wextra -Wno-unused-function
BUILD   ?= build
SANFLAGS :=

SRC := frontend/util.c frontend/diag.c frontend/types.c frontend/ast.c frontend/parse.c frontend/parse_words.c \
       frontend/sema.c frontend/sema_fn.c frontend/sema_scope.c frontend/sema_expr.c frontend/sema_builtin.c frontend/sema_comp.c frontend/sema_extern.c frontend/sema_views.c frontend/builtins.c frontend/cheader.c frontend/cnames.c frontend/suggest.c \
       ir/ir.c ir/print.c ir/verify.c \
       passes/pipeline.c passes/lower_dir.c passes/lower_expr.c passes/lower_index.c passes/lower_array.c passes/lower_mask.c passes/lower_stmt.c passes/lower_stencil.c passes/lower_pir.c passes/lower_pir_stencil.c passes/forward.c passes/unalias.c passes/fuse.c passes/fuse_mask.c passes/stencil_inline.c passes/stencil_out.c passes/stencil_chain.c passes/tblock.c passes/lower_pir_chain.c passes/lower_pir_tblock.c passes/lower_pir_sweep.c passes/inline_prod.c passes/idiom_matmul.c passes/interchange.c passes/tile.c passes/groupby.c passes/histo.c passes/rowchunks.c passes/nanfree.c passes/distribute.c passes/distribute_sig.c passes/distribute_shift.c passes/distribute_rows.c passes/distribute_halo.c passes/distribute_reach.c passes/vecmath.c passes/padtail.c passes/minmax.c passes/argblock.c passes/arglanes.c passes/fillframe.c passes/unroll.c passes/lanesum.c passes/idxwrap.c passes/cdepth.c passes/rowfuse.c \
       passes/inplace.c passes/hoist.c passes/dce.c passes/access.c passes/extents.c passes/simplify.c passes/report.c \
       codegen/cg.c codegen/cg_expr.c codegen/cg_trap.c codegen/cg_reduce.c codegen/cg_loop.c codegen/cg_guard.c codegen/cg_rounds.c codegen/cg_compact.c codegen/cg_vmath.c codegen/cg_lines.c codegen/cg_names.c codegen/cg_python.c codegen/cg_mpi.c codegen/cg_sig.c driver/main.c driver/source.c driver/run.c
GEN := $(BUILD)/parser.c $(BUILD)/lexer.c $(BUILD)/runtime_inc.h $(BUILD)/python_inc.h $(BUILD)/run_inc.h
OBJ := $(patsubst %.c,$(BUILD)/%.o,$(SRC)) $(BUILD)/parser.o $(BUILD)/lexer.o
LLVM    ?= $(lastword $(sort $(wildcard /usr/lib/llvm-*)))
INC := -Ifrontend -Iir -Ipasses -Icodegen -I$(BUILD) -isystem $(LLVM)/include -DARRC_LIBCLANG='"$(LLVM)/lib/libclang.so.1"'

all: arrc

arrc: $(OBJ)
	$(CC) $(CFLAGS) $(SANFLAGS) -o $@ $(OBJ) -ldl -lm

# one bison run writes both (a grouped target: make -j must not run it twice at once)
$(BUILD)/parser.c $(BUILD)/parser.h &: frontend/parser.y
	@mkdir -p $(BUILD)
	bison -Wall -Werror -d -o $(BUILD)/parser.c $<

$(BUILD)/lexer.c: frontend/lexer.l $(BUILD)/parser.h
	@mkdir -p $(BUILD)
	flex -o $@ $<

# the runtime's text as C string constants: arr_runtime.inc always,
# arr_matmul.inc when a module uses matmul, arr_mpi.inc under --mpi; arr_python.inc in
# --python's wrapper; arr_run.inc and arr_run_main.inc in the driver of arrc run and arrc bench
EMBED = sed 's/\\/\\\\/g; s/"/\\"/g; s/^/"/; s/$$/\\n"/'
$(BUILD)/runtime_inc.h: runtime/arr_runtime.inc runtime/arr_matmul.inc runtime/arr_mpi.inc
	@mkdir -p $(BUILD)
	{ echo 'static const char arr_runtime_text[] ='; $(EMBED) runtime/arr_runtime.inc; echo ';'; \
	  echo 'static const char arr_matmul_text[] ='; $(EMBED) runtime/arr_matmul.inc; echo ';'; \
	  echo 'static const char arr_mpi_text[] ='; $(EMBED) runtime/arr_mpi.inc; echo ';'; } > $@

$(BUILD)/python_inc.h: runtime/arr_python.inc
	@mkdir -p $(BUILD)
	{ echo 'static const char arr_python_text[] ='; $(EMBED) runtime/arr_python.inc; echo ';'; } > $@

$(BUILD)/run_inc.h: runtime/arr_run.inc runtime/arr_run_main.inc
	@mkdir -p $(BUILD)
	{ echo 'static const char arr_run_text[] ='; $(EMBED) runtime/arr_run.inc; $(EMBED) runtime/arr_run_main.inc; echo ';'; } > $@

$(BUILD)/codegen/cg.o: $(BUILD)/runtime_inc.h
$(BUILD)/codegen/cg_python.o: $(BUILD)/python_inc.h
$(BUILD)/driver/run.o: $(BUILD)/run_inc.h

$(BUILD)/parser.o: $(BUILD)/parser.c
	$(CC) $(CFLAGS) $(SANFLAGS) -std=c11 -D_POSIX_C_SOURCE=200809L $(INC) -MMD -MP -c -o $@ $<

$(BUILD)/lexer.o: $(BUILD)/lexer.c
	$(CC) $(CFLAGS) $(SANFLAGS) -std=c11 -D_POSIX_C_SOURCE=200809L $(INC) -Wno-unused-function -MMD -MP -c -o $@ $<

$(BUILD)/%.o: %.c $(BUILD)/parser.h
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(SANFLAGS) $(WARN) -D_POSIX_C_SOURCE=200809L $(INC) -MMD -MP -c -o $@ $<

-include $(OBJ:.o=.d)

deps:
	@tools/install-deps.sh build

demo:
	@tools/install-deps.sh build
	$(MAKE) arrc
	$(MAKE) -C examples/blackscholes run

check:
	@tools/install-deps.sh check
	$(MAKE) arrc
	tests/run.sh

check-asan:
	$(MAKE) BUILD=build-asan SANFLAGS="-fsanitize=address,undefined -fno-omit-frame-pointer -Wno-format-truncation" CFLAGS="-O1 -g" arrc-asan

arrc-asan: $(OBJ)
	$(CC) $(CFLAGS) $(SANFLAGS) -o $@ $(OBJ) -ldl -lm

# make fuzz: differential testing (tests/fuzz/difftest.py) for FUZZ_MINUTES
# minutes with a random seed (SEED=... to fix it): 4/5 of the time with
# ./arrc, 1/5 with ./arrc-asan.  FUZZ_AVOID lists the known-bug constructs
# the generator leaves out (tests/fuzz/gen.py KNOWN_BUGS, 'warnings': C warnings
# are not failures); by default the bugs that are not fixed yet.
FUZZ_MINUTES ?= 10
FUZZ_AVOID ?=
fuzz: arrc check-asan
	@seed=$${SEED:-$$(od -An -N4 -tu4 /dev/urandom | tr -d ' ')}; echo "SEED=$$seed"; \
	m=$(FUZZ_MINUTES); status=0; \
	/usr/bin/python3 tests/fuzz/difftest.py --seed $$seed --minutes $$(awk "BEGIN { print $$m * 0.8 }") --avoid '$(FUZZ_AVOID)' --reduce -j2 || status=1; \
	/usr/bin/python3 tests/fuzz/difftest.py --seed $$seed-asan --minutes $$(awk "BEGIN { print $$m * 0.2 }") --avoid '$(FUZZ_AVOID)' --arrc ./arrc-asan --reduce -j2 || status=1; \
	exit $$status

# the mutation fuzzer of the front end (arrc-asan on mutated test inputs)
fuzz-frontend: check-asan
	tests/fuzz/fuzz.py --arrc ./arrc-asan --iterations $${N:-5000} --seed $${SEED:-$$$$}

bench:
	@tools/install-deps.sh bench
	$(MAKE) arrc
	bench/run_all.sh

PREFIX  ?= /usr/local
DESTDIR ?=

install: arrc
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 \
	    $(DESTDIR)$(PREFIX)/share/arrc/stdlib $(DESTDIR)$(PREFIX)/share/doc/arrc
	install -m 755 arrc $(DESTDIR)$(PREFIX)/bin/arrc
	install -m 644 doc/arrc.1 $(DESTDIR)$(PREFIX)/share/man/man1/arrc.1
	install -m 644 arrc.mk $(DESTDIR)$(PREFIX)/share/arrc/arrc.mk
	install -m 644 stdlib/*.arr $(DESTDIR)$(PREFIX)/share/arrc/stdlib/
	install -m 644 docs/*.md README.md $(DESTDIR)$(PREFIX)/share/doc/arrc/
	install -d $(DESTDIR)$(PREFIX)/share/arrc/vim/syntax $(DESTDIR)$(PREFIX)/share/arrc/vim/ftdetect \
	    $(DESTDIR)$(PREFIX)/share/arrc/vscode/syntaxes
	install -m 644 editors/vim/syntax/arr.vim $(DESTDIR)$(PREFIX)/share/arrc/vim/syntax/arr.vim
	install -m 644 editors/vim/ftdetect/arr.vim $(DESTDIR)$(PREFIX)/share/arrc/vim/ftdetect/arr.vim
	install -m 644 editors/vscode/package.json editors/vscode/language-configuration.json \
	    $(DESTDIR)$(PREFIX)/share/arrc/vscode/
	install -m 644 editors/vscode/syntaxes/arr.tmLanguage.json $(DESTDIR)$(PREFIX)/share/arrc/vscode/syntaxes/
	install -d $(DESTDIR)$(PREFIX)/lib/cmake/arrc
	install -m 644 cmake/arrcConfig.cmake $(DESTDIR)$(PREFIX)/lib/cmake/arrc/arrcConfig.cmake
	v=$$(./arrc --version) && sed "s/@VERSION@/$${v#arrc }/" cmake/arrcConfigVersion.cmake.in \
	    > $(DESTDIR)$(PREFIX)/lib/cmake/arrc/arrcConfigVersion.cmake && \
	    chmod 644 $(DESTDIR)$(PREFIX)/lib/cmake/arrc/arrcConfigVersion.cmake

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/arrc $(DESTDIR)$(PREFIX)/share/man/man1/arrc.1
	rm -rf $(DESTDIR)$(PREFIX)/share/arrc $(DESTDIR)$(PREFIX)/share/doc/arrc $(DESTDIR)$(PREFIX)/lib/cmake/arrc

clean:
	rm -rf build build-asan arrc arrc-asan tests/out

.PHONY: all deps demo check check-asan fuzz fuzz-frontend bench install uninstall clean
