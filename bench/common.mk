# common.mk: included by bench/*/Makefile where B, CC, CFLAGS, GEN_CFLAGS,
# ARRC, ARRC_FLAGS and ARR are set (FLAGS_EXTRA: other settings that change
# the build). Binaries depend on $(B)/flags, so a change of flags rebuilds.
$(B):
	mkdir -p $@

$(B)/flags: FORCE | $(B)
	@echo '$(CC) $(CFLAGS) | $(GEN_CFLAGS) | $(FLAGS_EXTRA) | $(ARRC) $(ARRC_FLAGS) $(ARR)' > $@.new
	@cmp -s $@.new $@ && rm $@.new || mv $@.new $@
FORCE:
.PHONY: FORCE
