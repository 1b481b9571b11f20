/* cnames.c — names an exported C function cannot take (LANGUAGE.md section
 * 16), and that codegen renames a parameter or variable away from (cg.c
 * cname): C11, GNU C and C++ keywords (the header is C++ too), the functions, macros and types of the C11 standard
 * library headers, POSIX's <unistd.h>, <stdio.h>, <string.h>, <strings.h> and
 * <stdlib.h> with the XSI/BSD/SVID extras of <math.h> (j0, y0, gamma, drem,
 * ...), and the rest of what glibc declares in the headers the generated C
 * includes (it defines _GNU_SOURCE).  The generated code's own names
 * (arr_..., ARR_..., <module>_last_error) are checked in sema.c.
 *
 * The last group was listed from glibc 2.36's headers (gcc -aux-info and
 * -dM over <math.h>, <stdint.h>, <stdbool.h>, <stdio.h>, <stdlib.h>,
 * <string.h> and <omp.h> with _GNU_SOURCE, names without a leading '_'). */
#include "cnames.h"
#include <stdbool.h>
#include <string.h>

typedef struct { const char *what, *names; } Group;
static const Group groups[] = {
    { "a C keyword",
      "auto break case char const continue default do double else enum extern float for goto if inline int "
      "long register restrict return short signed sizeof static struct switch typedef union unsigned void "
      "volatile while _Alignas _Alignof _Atomic _Bool _Complex _Generic _Imaginary _Noreturn _Static_assert "
      "_Thread_local bool true false alignas alignof noreturn static_assert thread_local complex imaginary " },
    { "a C23 keyword",
      "typeof_unqual _BitInt _Decimal32 _Decimal64 _Decimal128 " },
    { "a GNU C keyword (gcc's default -std=gnu17 reads it as one)",
      "asm typeof " },
    { "a C++ keyword (the header is C++ too)",
      "class delete new template this namespace operator private protected public virtual typename "
      "nullptr static_cast dynamic_cast const_cast reinterpret_cast friend mutable explicit try catch throw "
      "using decltype constexpr noexcept char8_t char16_t char32_t concept requires co_await co_return "
      "co_yield consteval constinit typeid export wchar_t " },
    { "the C++ standard library's namespace (the header is C++ too)",
      "std " },
    { "the C program's entry point",
      "main " },
    { "declared by the C standard library in <assert.h>",
      "assert NDEBUG " },
    { "declared by the C standard library in <complex.h>",
      "cacos cacosf cacosl casin casinf casinl catan catanf catanl ccos ccosf ccosl csin csinf csinl ctan "
      "ctanf ctanl cacosh cacoshf cacoshl casinh casinhf casinhl catanh catanhf catanhl ccosh ccoshf ccoshl "
      "csinh csinhf csinhl ctanh ctanhf ctanhl cexp cexpf cexpl clog clogf clogl cabs cabsf cabsl cpow "
      "cpowf cpowl csqrt csqrtf csqrtl carg cargf cargl cimag cimagf cimagl conj conjf conjl cproj cprojf "
      "cprojl creal crealf creall I CMPLX CMPLXF CMPLXL _Complex_I _Imaginary_I " },
    { "declared by the C standard library in <ctype.h>",
      "isalnum isalpha isblank iscntrl isdigit isgraph islower isprint ispunct isspace isupper isxdigit "
      "tolower toupper " },
    { "declared by the C standard library in <errno.h>",
      "errno EDOM EILSEQ ERANGE " },
    { "declared by the C standard library in <fenv.h>",
      "fenv_t fexcept_t feclearexcept fegetexceptflag feraiseexcept fesetexceptflag fetestexcept fegetround "
      "fesetround fegetenv feholdexcept fesetenv feupdateenv FE_DIVBYZERO FE_INEXACT FE_INVALID FE_OVERFLOW "
      "FE_UNDERFLOW FE_ALL_EXCEPT FE_DOWNWARD FE_TONEAREST FE_TOWARDZERO FE_UPWARD FE_DFL_ENV " },
    { "declared by the C standard library in <float.h>",
      "FLT_ROUNDS FLT_EVAL_METHOD FLT_HAS_SUBNORM DBL_HAS_SUBNORM LDBL_HAS_SUBNORM FLT_RADIX FLT_MANT_DIG "
      "DBL_MANT_DIG LDBL_MANT_DIG FLT_DECIMAL_DIG DBL_DECIMAL_DIG LDBL_DECIMAL_DIG DECIMAL_DIG FLT_DIG "
      "DBL_DIG LDBL_DIG FLT_MIN_EXP DBL_MIN_EXP LDBL_MIN_EXP FLT_MIN_10_EXP DBL_MIN_10_EXP LDBL_MIN_10_EXP "
      "FLT_MAX_EXP DBL_MAX_EXP LDBL_MAX_EXP FLT_MAX_10_EXP DBL_MAX_10_EXP LDBL_MAX_10_EXP FLT_MAX DBL_MAX "
      "LDBL_MAX FLT_EPSILON DBL_EPSILON LDBL_EPSILON FLT_MIN DBL_MIN LDBL_MIN FLT_TRUE_MIN DBL_TRUE_MIN "
      "LDBL_TRUE_MIN " },
    { "declared by the C standard library in <inttypes.h>",
      "imaxdiv_t imaxabs imaxdiv strtoimax strtoumax wcstoimax wcstoumax " },
    { "declared by the C standard library in <iso646.h>",
      "and and_eq bitand bitor compl not not_eq or or_eq xor xor_eq " },
    { "declared by the C standard library in <limits.h>",
      "CHAR_BIT SCHAR_MIN SCHAR_MAX UCHAR_MAX CHAR_MIN CHAR_MAX MB_LEN_MAX SHRT_MIN SHRT_MAX USHRT_MAX "
      "INT_MIN INT_MAX UINT_MAX LONG_MIN LONG_MAX ULONG_MAX LLONG_MIN LLONG_MAX ULLONG_MAX " },
    { "declared by the C standard library in <locale.h>",
      "lconv setlocale localeconv LC_ALL LC_COLLATE LC_CTYPE LC_MONETARY LC_NUMERIC LC_TIME " },
    { "declared by the C standard library in <math.h>",
      "acos acosf acosl asin asinf asinl atan atanf atanl atan2 atan2f atan2l cos cosf cosl sin sinf sinl "
      "tan tanf tanl acosh acoshf acoshl asinh asinhf asinhl atanh atanhf atanhl cosh coshf coshl sinh "
      "sinhf sinhl tanh tanhf tanhl exp expf expl exp2 exp2f exp2l expm1 expm1f expm1l frexp frexpf frexpl "
      "ilogb ilogbf ilogbl ldexp ldexpf ldexpl log logf logl log10 log10f log10l log1p log1pf log1pl log2 "
      "log2f log2l logb logbf logbl modf modff modfl scalbn scalbnf scalbnl scalbln scalblnf scalblnl cbrt "
      "cbrtf cbrtl fabs fabsf fabsl hypot hypotf hypotl pow powf powl sqrt sqrtf sqrtl erf erff erfl erfc "
      "erfcf erfcl lgamma lgammaf lgammal tgamma tgammaf tgammal ceil ceilf ceill floor floorf floorl "
      "nearbyint nearbyintf nearbyintl rint rintf rintl lrint lrintf lrintl llrint llrintf llrintl round "
      "roundf roundl lround lroundf lroundl llround llroundf llroundl trunc truncf truncl fmod fmodf fmodl "
      "remainder remainderf remainderl remquo remquof remquol copysign copysignf copysignl nan nanf nanl "
      "nextafter nextafterf nextafterl nexttoward nexttowardf nexttowardl fdim fdimf fdiml fmax fmaxf fmaxl "
      "fmin fminf fminl fma fmaf fmal float_t double_t HUGE_VAL HUGE_VALF HUGE_VALL INFINITY NAN "
      "FP_INFINITE FP_NAN FP_NORMAL FP_SUBNORMAL FP_ZERO FP_FAST_FMA FP_FAST_FMAF FP_FAST_FMAL FP_ILOGB0 "
      "FP_ILOGBNAN MATH_ERRNO MATH_ERREXCEPT math_errhandling fpclassify isfinite isinf isnan isnormal "
      "signbit isgreater isgreaterequal isless islessequal islessgreater isunordered " },
    { "declared by the C standard library in <setjmp.h>",
      "jmp_buf setjmp longjmp " },
    { "declared by the C standard library in <signal.h>",
      "sig_atomic_t signal raise SIG_DFL SIG_ERR SIG_IGN SIGABRT SIGFPE SIGILL SIGINT SIGSEGV SIGTERM " },
    { "declared by the C standard library in <stdarg.h>",
      "va_list va_arg va_copy va_end va_start " },
    { "declared by the C standard library in <stdatomic.h>",
      "memory_order atomic_flag ATOMIC_BOOL_LOCK_FREE ATOMIC_CHAR_LOCK_FREE ATOMIC_INT_LOCK_FREE "
      "ATOMIC_LONG_LOCK_FREE ATOMIC_LLONG_LOCK_FREE ATOMIC_POINTER_LOCK_FREE ATOMIC_FLAG_INIT "
      "ATOMIC_VAR_INIT kill_dependency atomic_init atomic_thread_fence atomic_signal_fence "
      "atomic_is_lock_free atomic_store atomic_store_explicit atomic_load atomic_load_explicit "
      "atomic_exchange atomic_exchange_explicit atomic_compare_exchange_strong "
      "atomic_compare_exchange_strong_explicit atomic_compare_exchange_weak "
      "atomic_compare_exchange_weak_explicit atomic_fetch_add atomic_fetch_add_explicit atomic_fetch_sub "
      "atomic_fetch_sub_explicit atomic_fetch_or atomic_fetch_or_explicit atomic_fetch_xor "
      "atomic_fetch_xor_explicit atomic_fetch_and atomic_fetch_and_explicit atomic_flag_test_and_set "
      "atomic_flag_test_and_set_explicit atomic_flag_clear atomic_flag_clear_explicit memory_order_relaxed "
      "memory_order_consume memory_order_acquire memory_order_release memory_order_acq_rel "
      "memory_order_seq_cst atomic_bool atomic_char atomic_schar atomic_uchar atomic_short atomic_ushort "
      "atomic_int atomic_uint atomic_long atomic_ulong atomic_llong atomic_ullong atomic_char16_t "
      "atomic_char32_t atomic_wchar_t atomic_int_least8_t atomic_uint_least8_t atomic_int_least16_t "
      "atomic_uint_least16_t atomic_int_least32_t atomic_uint_least32_t atomic_int_least64_t "
      "atomic_uint_least64_t atomic_int_fast8_t atomic_uint_fast8_t atomic_int_fast16_t "
      "atomic_uint_fast16_t atomic_int_fast32_t atomic_uint_fast32_t atomic_int_fast64_t "
      "atomic_uint_fast64_t atomic_intptr_t atomic_uintptr_t atomic_size_t atomic_ptrdiff_t atomic_intmax_t "
      "atomic_uintmax_t " },
    { "declared by the C standard library in <stdbool.h>",
      "__bool_true_false_are_defined " },
    { "declared by the C standard library in <stddef.h>",
      "ptrdiff_t size_t max_align_t wchar_t NULL offsetof " },
    { "declared by the C standard library in <stdint.h>",
      "int8_t int_least8_t int_fast8_t uint8_t uint_least8_t uint_fast8_t INT8_MAX INT_LEAST8_MAX "
      "INT_FAST8_MAX UINT8_MAX UINT_LEAST8_MAX UINT_FAST8_MAX INT8_MIN INT_LEAST8_MIN INT_FAST8_MIN INT8_C "
      "UINT8_C int16_t int_least16_t int_fast16_t uint16_t uint_least16_t uint_fast16_t INT16_MAX "
      "INT_LEAST16_MAX INT_FAST16_MAX UINT16_MAX UINT_LEAST16_MAX UINT_FAST16_MAX INT16_MIN INT_LEAST16_MIN "
      "INT_FAST16_MIN INT16_C UINT16_C int32_t int_least32_t int_fast32_t uint32_t uint_least32_t "
      "uint_fast32_t INT32_MAX INT_LEAST32_MAX INT_FAST32_MAX UINT32_MAX UINT_LEAST32_MAX UINT_FAST32_MAX "
      "INT32_MIN INT_LEAST32_MIN INT_FAST32_MIN INT32_C UINT32_C int64_t int_least64_t int_fast64_t "
      "uint64_t uint_least64_t uint_fast64_t INT64_MAX INT_LEAST64_MAX INT_FAST64_MAX UINT64_MAX "
      "UINT_LEAST64_MAX UINT_FAST64_MAX INT64_MIN INT_LEAST64_MIN INT_FAST64_MIN INT64_C UINT64_C intptr_t "
      "uintptr_t intmax_t uintmax_t INTPTR_MIN INTPTR_MAX UINTPTR_MAX INTMAX_MIN INTMAX_MAX UINTMAX_MAX "
      "PTRDIFF_MIN PTRDIFF_MAX SIG_ATOMIC_MIN SIG_ATOMIC_MAX SIZE_MAX WCHAR_MIN WCHAR_MAX WINT_MIN WINT_MAX "
      "INTMAX_C UINTMAX_C " },
    { "declared by the C standard library in <stdio.h>",
      "FILE fpos_t _IOFBF _IOLBF _IONBF BUFSIZ EOF FOPEN_MAX FILENAME_MAX L_tmpnam SEEK_CUR SEEK_END "
      "SEEK_SET TMP_MAX stderr stdin stdout remove rename tmpfile tmpnam fclose fflush fopen freopen setbuf "
      "setvbuf fprintf fscanf printf scanf snprintf sprintf sscanf vfprintf vfscanf vprintf vscanf "
      "vsnprintf vsprintf vsscanf fgetc fgets fputc fputs getc getchar gets putc putchar puts ungetc fread "
      "fwrite fgetpos fseek fsetpos ftell rewind clearerr feof ferror perror " },
    { "declared by the C standard library in <stdlib.h>",
      "div_t ldiv_t lldiv_t EXIT_FAILURE EXIT_SUCCESS RAND_MAX MB_CUR_MAX atof atoi atol atoll strtod "
      "strtof strtold strtol strtoll strtoul strtoull rand srand aligned_alloc calloc free malloc realloc "
      "abort atexit at_quick_exit exit _Exit getenv quick_exit system bsearch qsort abs labs llabs div ldiv "
      "lldiv mblen mbtowc wctomb mbstowcs wcstombs " },
    { "declared by the C standard library in <stdnoreturn.h>",
      "noreturn " },
    { "declared by the C standard library in <string.h>",
      "memcpy memmove strcpy strncpy strcat strncat memcmp strcmp strcoll strncmp strxfrm memchr strchr "
      "strcspn strpbrk strrchr strspn strstr strtok memset strerror strlen " },
    { "declared by the C standard library in <threads.h>",
      "thread_local ONCE_FLAG_INIT TSS_DTOR_ITERATIONS cnd_t thrd_t tss_t mtx_t tss_dtor_t thrd_start_t "
      "once_flag mtx_plain mtx_recursive mtx_timed thrd_timedout thrd_success thrd_busy thrd_error "
      "thrd_nomem call_once cnd_broadcast cnd_destroy cnd_init cnd_signal cnd_timedwait cnd_wait "
      "mtx_destroy mtx_init mtx_lock mtx_timedlock mtx_trylock mtx_unlock thrd_create thrd_current "
      "thrd_detach thrd_equal thrd_exit thrd_join thrd_sleep thrd_yield tss_create tss_delete tss_get "
      "tss_set " },
    { "declared by the C standard library in <time.h>",
      "CLOCKS_PER_SEC TIME_UTC clock_t time_t timespec tm clock difftime mktime time timespec_get asctime "
      "ctime gmtime localtime strftime " },
    { "declared by the C standard library in <uchar.h>",
      "mbstate_t char16_t char32_t mbrtoc16 c16rtomb mbrtoc32 c32rtomb " },
    { "declared by the C standard library in <wchar.h>",
      "wint_t WEOF fwprintf fwscanf swprintf swscanf vfwprintf vfwscanf vswprintf vswscanf vwprintf vwscanf "
      "wprintf wscanf fgetwc fgetws fputwc fputws fwide getwc getwchar putwc putwchar ungetwc wcstod wcstof "
      "wcstold wcstol wcstoll wcstoul wcstoull wcscpy wcsncpy wmemcpy wmemmove wcscat wcsncat wcscmp "
      "wcscoll wcsncmp wcsxfrm wmemcmp wcschr wcscspn wcspbrk wcsrchr wcsspn wcsstr wcstok wmemchr wcslen "
      "wmemset wcsftime btowc wctob mbsinit mbrlen mbrtowc wcrtomb mbsrtowcs wcsrtombs " },
    { "declared by the C standard library in <wctype.h>",
      "wctrans_t wctype_t iswalnum iswalpha iswblank iswcntrl iswdigit iswgraph iswlower iswprint iswpunct "
      "iswspace iswupper iswxdigit iswctype wctype towlower towupper towctrans wctrans " },
    { "declared by POSIX and glibc in <math.h> (XSI, BSD and SVID extras)",
      "j0 j1 jn y0 y1 yn j0f j1f jnf y0f y1f ynf j0l j1l jnl y0l y1l ynl gamma gammaf gammal lgamma_r "
      "lgammaf_r lgammal_r drem dremf dreml significand significandf significandl scalb scalbf scalbl "
      "finite finitef finitel isinff isinfl isnanf isnanl exp10 exp10f exp10l pow10 pow10f pow10l sincos "
      "sincosf sincosl signgam matherr M_E M_LOG2E M_LOG10E M_LN2 M_LN10 M_PI M_PI_2 M_PI_4 M_1_PI M_2_PI "
      "M_2_SQRTPI M_SQRT2 M_SQRT1_2 " },
    { "declared by POSIX in <unistd.h>",
      "access alarm chdir chown close confstr crypt dup dup2 dup3 encrypt execl execle execlp execv execve "
      "execvp execvpe faccessat fchdir fchown fchownat fdatasync fexecve fork fpathconf fsync ftruncate "
      "getcwd getegid geteuid getgid getgroups gethostid gethostname getlogin getlogin_r getopt getpgid "
      "getpgrp getpid getppid getsid getuid isatty lchown link linkat lockf lseek nice pathconf pause pipe "
      "pipe2 pread pwrite read readlink readlinkat rmdir setegid seteuid setgid setpgid setpgrp setregid "
      "setreuid setsid setuid sleep swab symlink symlinkat sync sysconf tcgetpgrp tcsetpgrp truncate "
      "ttyname ttyname_r unlink unlinkat usleep vfork write optarg opterr optind optopt environ brk sbrk "
      "chroot daemon getdtablesize getpagesize getpass getusershell endusershell setusershell profil acct "
      "revoke sethostname setdomainname getdomainname vhangup syscall ualarm euidaccess eaccess getresuid "
      "getresgid setresuid setresgid get_current_dir_name getwd lockf64 pread64 pwrite64 lseek64 "
      "ftruncate64 truncate64 gettid getentropy copy_file_range closefrom F_OK R_OK W_OK X_OK STDIN_FILENO "
      "STDOUT_FILENO STDERR_FILENO F_LOCK F_TEST F_TLOCK F_ULOCK ssize_t off_t pid_t uid_t gid_t useconds_t "
      "intptr_t " },
    { "declared by POSIX in <stdio.h>",
      "ctermid dprintf fdopen fileno flockfile fmemopen fseeko ftello ftrylockfile funlockfile "
      "getc_unlocked getchar_unlocked getdelim getline open_memstream pclose popen putc_unlocked "
      "putchar_unlocked renameat tempnam vdprintf L_ctermid P_tmpdir off_t ssize_t " },
    { "declared by POSIX in <string.h>",
      "memccpy stpcpy stpncpy strcoll_l strdup strerror_l strerror_r strndup strnlen strsignal strtok_r "
      "strxfrm_l locale_t " },
    { "declared by POSIX in <strings.h>",
      "ffs ffsl ffsll strcasecmp strcasecmp_l strncasecmp strncasecmp_l index rindex bcmp bcopy bzero "
      "explicit_bzero " },
    { "declared by POSIX in <stdlib.h>",
      "a64l drand48 erand48 getsubopt grantpt initstate jrand48 l64a lcong48 lrand48 mkdtemp mkstemp "
      "mrand48 nrand48 posix_memalign posix_openpt ptsname putenv rand_r random realpath seed48 setenv "
      "setkey setstate srand48 srandom unlockpt unsetenv mktemp valloc WEXITSTATUS WIFEXITED WIFSIGNALED "
      "WIFSTOPPED WNOHANG WSTOPSIG WTERMSIG WUNTRACED " },
    { "declared by glibc or OpenMP in a header the generated C includes (with _GNU_SOURCE)",
      "BIG_ENDIAN BYTE_ORDER FD_CLR FD_ISSET FD_SET FD_SETSIZE FD_ZERO FP_INT_DOWNWARD FP_INT_TONEAREST "
      "FP_INT_TONEARESTFROMZERO FP_INT_TOWARDZERO FP_INT_UPWARD FP_LLOGB0 FP_LLOGBNAN HUGE_VAL_F128 "
      "HUGE_VAL_F32 HUGE_VAL_F32X HUGE_VAL_F64 HUGE_VAL_F64X INT16_WIDTH INT32_WIDTH INT64_WIDTH INT8_WIDTH "
      "INTMAX_WIDTH INTPTR_WIDTH INT_FAST16_WIDTH INT_FAST32_WIDTH INT_FAST64_WIDTH INT_FAST8_WIDTH "
      "INT_LEAST16_WIDTH INT_LEAST32_WIDTH INT_LEAST64_WIDTH INT_LEAST8_WIDTH LITTLE_ENDIAN L_cuserid "
      "MAXFLOAT M_1_PIf M_1_PIf128 M_1_PIf32 M_1_PIf32x M_1_PIf64 M_1_PIf64x M_1_PIl M_2_PIf M_2_PIf128 "
      "M_2_PIf32 M_2_PIf32x M_2_PIf64 M_2_PIf64x M_2_PIl M_2_SQRTPIf M_2_SQRTPIf128 M_2_SQRTPIf32 "
      "M_2_SQRTPIf32x M_2_SQRTPIf64 M_2_SQRTPIf64x M_2_SQRTPIl M_Ef M_Ef128 M_Ef32 M_Ef32x M_Ef64 M_Ef64x "
      "M_El M_LN10f M_LN10f128 M_LN10f32 M_LN10f32x M_LN10f64 M_LN10f64x M_LN10l M_LN2f M_LN2f128 M_LN2f32 "
      "M_LN2f32x M_LN2f64 M_LN2f64x M_LN2l M_LOG10Ef M_LOG10Ef128 M_LOG10Ef32 M_LOG10Ef32x M_LOG10Ef64 "
      "M_LOG10Ef64x M_LOG10El M_LOG2Ef M_LOG2Ef128 M_LOG2Ef32 M_LOG2Ef32x M_LOG2Ef64 M_LOG2Ef64x M_LOG2El "
      "M_PI_2f M_PI_2f128 M_PI_2f32 M_PI_2f32x M_PI_2f64 M_PI_2f64x M_PI_2l M_PI_4f M_PI_4f128 M_PI_4f32 "
      "M_PI_4f32x M_PI_4f64 M_PI_4f64x M_PI_4l M_PIf M_PIf128 M_PIf32 M_PIf32x M_PIf64 M_PIf64x M_PIl "
      "M_SQRT1_2f M_SQRT1_2f128 M_SQRT1_2f32 M_SQRT1_2f32x M_SQRT1_2f64 M_SQRT1_2f64x M_SQRT1_2l M_SQRT2f "
      "M_SQRT2f128 M_SQRT2f32 M_SQRT2f32x M_SQRT2f64 M_SQRT2f64x M_SQRT2l NFDBITS PDP_ENDIAN PTRDIFF_WIDTH "
      "RENAME_EXCHANGE RENAME_NOREPLACE RENAME_WHITEOUT SEEK_DATA SEEK_HOLE SIG_ATOMIC_WIDTH SIZE_WIDTH "
      "SNAN SNANF SNANF128 SNANF32 SNANF32X SNANF64 SNANF64X SNANL UINT16_WIDTH UINT32_WIDTH UINT64_WIDTH "
      "UINT8_WIDTH UINTMAX_WIDTH UINTPTR_WIDTH UINT_FAST16_WIDTH UINT_FAST32_WIDTH UINT_FAST64_WIDTH "
      "UINT_FAST8_WIDTH UINT_LEAST16_WIDTH UINT_LEAST32_WIDTH UINT_LEAST64_WIDTH UINT_LEAST8_WIDTH "
      "WCHAR_WIDTH WCONTINUED WEXITED WIFCONTINUED WINT_WIDTH WNOWAIT WSTOPPED acosf128 acosf32 acosf32x "
      "acosf64 acosf64x acoshf128 acoshf32 acoshf32x acoshf64 acoshf64x alloca arc4random arc4random_buf "
      "arc4random_uniform asinf128 asinf32 asinf32x asinf64 asinf64x asinhf128 asinhf32 asinhf32x asinhf64 "
      "asinhf64x asprintf atan2f128 atan2f32 atan2f32x atan2f64 atan2f64x atanf128 atanf32 atanf32x atanf64 "
      "atanf64x atanhf128 atanhf32 atanhf32x atanhf64 atanhf64x basename be16toh be32toh be64toh "
      "canonicalize canonicalize_file_name canonicalizef canonicalizef128 canonicalizef32 canonicalizef32x "
      "canonicalizef64 canonicalizef64x canonicalizel cbrtf128 cbrtf32 cbrtf32x cbrtf64 cbrtf64x ceilf128 "
      "ceilf32 ceilf32x ceilf64 ceilf64x clearenv clearerr_unlocked copysignf128 copysignf32 copysignf32x "
      "copysignf64 copysignf64x cosf128 cosf32 cosf32x cosf64 cosf64x coshf128 coshf32 coshf32x coshf64 "
      "coshf64x cuserid daddl ddivl dfmal dmull drand48_r dsqrtl dsubl ecvt ecvt_r erand48_r erfcf128 "
      "erfcf32 erfcf32x erfcf64 erfcf64x erff128 erff32 erff32x erff64 erff64x exp10f128 exp10f32 exp10f32x "
      "exp10f64 exp10f64x exp2f128 exp2f32 exp2f32x exp2f64 exp2f64x expf128 expf32 expf32x expf64 expf64x "
      "expm1f128 expm1f32 expm1f32x expm1f64 expm1f64x f32addf128 f32addf32x f32addf64 f32addf64x "
      "f32divf128 f32divf32x f32divf64 f32divf64x f32fmaf128 f32fmaf32x f32fmaf64 f32fmaf64x f32mulf128 "
      "f32mulf32x f32mulf64 f32mulf64x f32sqrtf128 f32sqrtf32x f32sqrtf64 f32sqrtf64x f32subf128 f32subf32x "
      "f32subf64 f32subf64x f32xaddf128 f32xaddf64 f32xaddf64x f32xdivf128 f32xdivf64 f32xdivf64x "
      "f32xfmaf128 f32xfmaf64 f32xfmaf64x f32xmulf128 f32xmulf64 f32xmulf64x f32xsqrtf128 f32xsqrtf64 "
      "f32xsqrtf64x f32xsubf128 f32xsubf64 f32xsubf64x f64addf128 f64addf64x f64divf128 f64divf64x "
      "f64fmaf128 f64fmaf64x f64mulf128 f64mulf64x f64sqrtf128 f64sqrtf64x f64subf128 f64subf64x "
      "f64xaddf128 f64xdivf128 f64xfmaf128 f64xmulf128 f64xsqrtf128 f64xsubf128 fabsf128 fabsf32 fabsf32x "
      "fabsf64 fabsf64x fadd faddl fcloseall fcvt fcvt_r fdimf128 fdimf32 fdimf32x fdimf64 fdimf64x fdiv "
      "fdivl feof_unlocked ferror_unlocked fflush_unlocked ffma ffmal fgetc_unlocked fgetpos64 "
      "fgets_unlocked fileno_unlocked floorf128 floorf32 floorf32x floorf64 floorf64x fmaf128 fmaf32 "
      "fmaf32x fmaf64 fmaf64x fmaxf128 fmaxf32 fmaxf32x fmaxf64 fmaxf64x fmaximum fmaximum_mag "
      "fmaximum_mag_num fmaximum_mag_numf fmaximum_mag_numf128 fmaximum_mag_numf32 fmaximum_mag_numf32x "
      "fmaximum_mag_numf64 fmaximum_mag_numf64x fmaximum_mag_numl fmaximum_magf fmaximum_magf128 "
      "fmaximum_magf32 fmaximum_magf32x fmaximum_magf64 fmaximum_magf64x fmaximum_magl fmaximum_num "
      "fmaximum_numf fmaximum_numf128 fmaximum_numf32 fmaximum_numf32x fmaximum_numf64 fmaximum_numf64x "
      "fmaximum_numl fmaximumf fmaximumf128 fmaximumf32 fmaximumf32x fmaximumf64 fmaximumf64x fmaximuml "
      "fmaxmag fmaxmagf fmaxmagf128 fmaxmagf32 fmaxmagf32x fmaxmagf64 fmaxmagf64x fmaxmagl fminf128 fminf32 "
      "fminf32x fminf64 fminf64x fminimum fminimum_mag fminimum_mag_num fminimum_mag_numf "
      "fminimum_mag_numf128 fminimum_mag_numf32 fminimum_mag_numf32x fminimum_mag_numf64 "
      "fminimum_mag_numf64x fminimum_mag_numl fminimum_magf fminimum_magf128 fminimum_magf32 "
      "fminimum_magf32x fminimum_magf64 fminimum_magf64x fminimum_magl fminimum_num fminimum_numf "
      "fminimum_numf128 fminimum_numf32 fminimum_numf32x fminimum_numf64 fminimum_numf64x fminimum_numl "
      "fminimumf fminimumf128 fminimumf32 fminimumf32x fminimumf64 fminimumf64x fminimuml fminmag fminmagf "
      "fminmagf128 fminmagf32 fminmagf32x fminmagf64 fminmagf64x fminmagl fmodf128 fmodf32 fmodf32x fmodf64 "
      "fmodf64x fmul fmull fopen64 fopencookie fputc_unlocked fputs_unlocked fread_unlocked freopen64 "
      "frexpf128 frexpf32 frexpf32x frexpf64 frexpf64x fromfp fromfpf fromfpf128 fromfpf32 fromfpf32x "
      "fromfpf64 fromfpf64x fromfpl fromfpx fromfpxf fromfpxf128 fromfpxf32 fromfpxf32x fromfpxf64 "
      "fromfpxf64x fromfpxl fseeko64 fsetpos64 fsqrt fsqrtl fsub fsubl ftello64 fwrite_unlocked gcvt "
      "getloadavg getpayload getpayloadf getpayloadf128 getpayloadf32 getpayloadf32x getpayloadf64 "
      "getpayloadf64x getpayloadl getpt getw htobe16 htobe32 htobe64 htole16 htole32 htole64 hypotf128 "
      "hypotf32 hypotf32x hypotf64 hypotf64x ilogbf128 ilogbf32 ilogbf32x ilogbf64 ilogbf64x initstate_r "
      "iscanonical iseqsig issignaling issubnormal iszero j0f128 j0f32 j0f32x j0f64 j0f64x j1f128 j1f32 "
      "j1f32x j1f64 j1f64x jnf128 jnf32 jnf32x jnf64 jnf64x jrand48_r lcong48_r ldexpf128 ldexpf32 "
      "ldexpf32x ldexpf64 ldexpf64x le16toh le32toh le64toh lgammaf128 lgammaf128_r lgammaf32 lgammaf32_r "
      "lgammaf32x lgammaf32x_r lgammaf64 lgammaf64_r lgammaf64x lgammaf64x_r linux llogb llogbf llogbf128 "
      "llogbf32 llogbf32x llogbf64 llogbf64x llogbl llrintf128 llrintf32 llrintf32x llrintf64 llrintf64x "
      "llroundf128 llroundf32 llroundf32x llroundf64 llroundf64x log10f128 log10f32 log10f32x log10f64 "
      "log10f64x log1pf128 log1pf32 log1pf32x log1pf64 log1pf64x log2f128 log2f32 log2f32x log2f64 log2f64x "
      "logbf128 logbf32 logbf32x logbf64 logbf64x logf128 logf32 logf32x logf64 logf64x lrand48_r lrintf128 "
      "lrintf32 lrintf32x lrintf64 lrintf64x lroundf128 lroundf32 lroundf32x lroundf64 lroundf64x memfrob "
      "memmem mempcpy memrchr mkostemp mkostemp64 mkostemps mkostemps64 mkstemp64 mkstemps mkstemps64 "
      "modff128 modff32 modff32x modff64 modff64x mrand48_r nanf128 nanf32 nanf32x nanf64 nanf64x "
      "nearbyintf128 nearbyintf32 nearbyintf32x nearbyintf64 nearbyintf64x nextafterf128 nextafterf32 "
      "nextafterf32x nextafterf64 nextafterf64x nextdown nextdownf nextdownf128 nextdownf32 nextdownf32x "
      "nextdownf64 nextdownf64x nextdownl nextup nextupf nextupf128 nextupf32 nextupf32x nextupf64 "
      "nextupf64x nextupl nrand48_r obstack_printf obstack_vprintf omp_aligned_alloc omp_aligned_calloc "
      "omp_alloc omp_calloc omp_capture_affinity omp_destroy_allocator omp_destroy_lock "
      "omp_destroy_nest_lock omp_display_affinity omp_display_env omp_free omp_fulfill_event "
      "omp_get_active_level omp_get_affinity_format omp_get_ancestor_thread_num omp_get_cancellation "
      "omp_get_default_allocator omp_get_default_device omp_get_device_num omp_get_dynamic "
      "omp_get_initial_device omp_get_level omp_get_max_active_levels omp_get_max_task_priority "
      "omp_get_max_teams omp_get_max_threads omp_get_nested omp_get_num_devices omp_get_num_places "
      "omp_get_num_procs omp_get_num_teams omp_get_num_threads omp_get_partition_num_places "
      "omp_get_partition_place_nums omp_get_place_num omp_get_place_num_procs omp_get_place_proc_ids "
      "omp_get_proc_bind omp_get_schedule omp_get_supported_active_levels omp_get_team_num "
      "omp_get_team_size omp_get_teams_thread_limit omp_get_thread_limit omp_get_thread_num omp_get_wtick "
      "omp_get_wtime omp_in_final omp_in_parallel omp_init_allocator omp_init_lock omp_init_lock_with_hint "
      "omp_init_nest_lock omp_init_nest_lock_with_hint omp_is_initial_device omp_pause_resource "
      "omp_pause_resource_all omp_realloc omp_set_affinity_format omp_set_default_allocator "
      "omp_set_default_device omp_set_dynamic omp_set_lock omp_set_max_active_levels omp_set_nest_lock "
      "omp_set_nested omp_set_num_teams omp_set_num_threads omp_set_schedule omp_set_teams_thread_limit "
      "omp_target_alloc omp_target_associate_ptr omp_target_disassociate_ptr omp_target_free "
      "omp_target_is_present omp_target_memcpy omp_target_memcpy_rect omp_test_lock omp_test_nest_lock "
      "omp_unset_lock omp_unset_nest_lock on_exit powf128 powf32 powf32x powf64 powf64x pselect ptsname_r "
      "putw qecvt qecvt_r qfcvt qfcvt_r qgcvt qsort_r random_r rawmemchr reallocarray remainderf128 "
      "remainderf32 remainderf32x remainderf64 remainderf64x remquof128 remquof32 remquof32x remquof64 "
      "remquof64x renameat2 rintf128 rintf32 rintf32x rintf64 rintf64x roundeven roundevenf roundevenf128 "
      "roundevenf32 roundevenf32x roundevenf64 roundevenf64x roundevenl roundf128 roundf32 roundf32x "
      "roundf64 roundf64x rpmatch scalblnf128 scalblnf32 scalblnf32x scalblnf64 scalblnf64x scalbnf128 "
      "scalbnf32 scalbnf32x scalbnf64 scalbnf64x secure_getenv seed48_r select setbuffer setlinebuf "
      "setpayload setpayloadf setpayloadf128 setpayloadf32 setpayloadf32x setpayloadf64 setpayloadf64x "
      "setpayloadl setpayloadsig setpayloadsigf setpayloadsigf128 setpayloadsigf32 setpayloadsigf32x "
      "setpayloadsigf64 setpayloadsigf64x setpayloadsigl setstate_r sigabbrev_np sigdescr_np sincosf128 "
      "sincosf32 sincosf32x sincosf64 sincosf64x sinf128 sinf32 sinf32x sinf64 sinf64x sinhf128 sinhf32 "
      "sinhf32x sinhf64 sinhf64x sqrtf128 sqrtf32 sqrtf32x sqrtf64 sqrtf64x srand48_r srandom_r strcasestr "
      "strchrnul strdupa strerrordesc_np strerrorname_np strfromd strfromf strfromf128 strfromf32 "
      "strfromf32x strfromf64 strfromf64x strfroml strfry strndupa strsep strtod_l strtof128 strtof128_l "
      "strtof32 strtof32_l strtof32x strtof32x_l strtof64 strtof64_l strtof64x strtof64x_l strtof_l "
      "strtol_l strtold_l strtoll_l strtoq strtoul_l strtoull_l strtouq strverscmp tanf128 tanf32 tanf32x "
      "tanf64 tanf64x tanhf128 tanhf32 tanhf32x tanhf64 tanhf64x tgammaf128 tgammaf32 tgammaf32x tgammaf64 "
      "tgammaf64x tmpfile64 tmpnam_r totalorder totalorderf totalorderf128 totalorderf32 totalorderf32x "
      "totalorderf64 totalorderf64x totalorderl totalordermag totalordermagf totalordermagf128 "
      "totalordermagf32 totalordermagf32x totalordermagf64 totalordermagf64x totalordermagl truncf128 "
      "truncf32 truncf32x truncf64 truncf64x ufromfp ufromfpf ufromfpf128 ufromfpf32 ufromfpf32x ufromfpf64 "
      "ufromfpf64x ufromfpl ufromfpx ufromfpxf ufromfpxf128 ufromfpxf32 ufromfpxf32x ufromfpxf64 "
      "ufromfpxf64x ufromfpxl unix vasprintf y0f128 y0f32 y0f32x y0f64 y0f64x y1f128 y1f32 y1f32x y1f64 "
      "y1f64x ynf128 ynf32 ynf32x ynf64 ynf64x " },
};
/* Names the generated C never declares nor includes (POSIX's other
 * headers, C23's library), which its own variables may take but an export
 * may not, since a C program that uses the module may include them too
 * (section 16: "a name the C standard library or POSIX declares"). */
static const Group export_groups[] = {
    { "declared by the C23 standard library", "unreachable memset_explicit memalignment free_sized "
      "free_aligned_sized timegm strfromd strfromf strfroml ckd_add ckd_sub ckd_mul " },
    { "declared by POSIX (<fcntl.h>, <sys/stat.h>, <sys/mman.h>, <signal.h>, <sys/socket.h>, <pthread.h>, "
      "<time.h>, <dirent.h>, <dlfcn.h>, <poll.h>, ...)",
      "open openat creat fcntl posix_fadvise posix_fallocate stat fstat lstat fstatat chmod fchmod fchmodat "
      "mkdir mkdirat mkfifo mkfifoat mknod mknodat umask futimens utimensat mmap munmap mprotect msync mlock "
      "munlock mlockall munlockall madvise posix_madvise shm_open shm_unlink kill killpg sigaction sigaddset "
      "sigdelset sigemptyset sigfillset sigismember sigpending sigprocmask sigsuspend sigwait sigwaitinfo "
      "sigtimedwait sigqueue psignal psiginfo sigaltstack siginterrupt sighold sigignore sigpause sigrelse "
      "sigset socket socketpair bind listen accept connect send sendto sendmsg recv recvfrom recvmsg shutdown "
      "getsockopt setsockopt getpeername getsockname sockatmark getaddrinfo freeaddrinfo gai_strerror "
      "getnameinfo gethostbyname gethostbyaddr getservbyname getservbyport getprotobyname getprotobynumber "
      "htonl htons ntohl ntohs inet_addr inet_ntoa inet_ntop inet_pton pthread_create pthread_join "
      "pthread_detach pthread_exit pthread_self pthread_equal pthread_kill pthread_sigmask pthread_once "
      "pthread_cancel pthread_testcancel pthread_setcancelstate pthread_setcanceltype pthread_key_create "
      "pthread_key_delete pthread_getspecific pthread_setspecific pthread_atfork pthread_attr_init "
      "pthread_attr_destroy pthread_mutex_init pthread_mutex_destroy pthread_mutex_lock pthread_mutex_trylock "
      "pthread_mutex_timedlock pthread_mutex_unlock pthread_mutexattr_init pthread_mutexattr_destroy "
      "pthread_cond_init pthread_cond_destroy pthread_cond_wait pthread_cond_timedwait pthread_cond_signal "
      "pthread_cond_broadcast pthread_rwlock_init pthread_rwlock_destroy pthread_rwlock_rdlock "
      "pthread_rwlock_wrlock pthread_rwlock_unlock pthread_barrier_init pthread_barrier_destroy "
      "pthread_barrier_wait pthread_spin_init pthread_spin_destroy pthread_spin_lock pthread_spin_unlock "
      "sem_init sem_destroy sem_wait sem_trywait sem_timedwait sem_post sem_getvalue sem_open sem_close "
      "sem_unlink clock_gettime clock_settime clock_getres clock_nanosleep clock_getcpuclockid nanosleep "
      "timer_create timer_delete timer_settime timer_gettime timer_getoverrun localtime_r gmtime_r asctime_r "
      "ctime_r strptime tzset getdate daylight timezone tzname gettimeofday settimeofday setitimer getitimer "
      "utimes select pselect poll ppoll opendir fdopendir readdir readdir_r closedir rewinddir seekdir "
      "telldir scandir alphasort dirfd dlopen dlsym dlclose dlerror dladdr regcomp regexec regerror regfree "
      "glob globfree fnmatch iconv iconv_open iconv_close wait waitpid waitid getrlimit setrlimit getrusage "
      "getpriority setpriority times uname tcgetattr tcsetattr tcdrain tcflow tcflush tcsendbreak tcgetsid "
      "cfgetispeed cfgetospeed cfsetispeed cfsetospeed sched_yield sched_setscheduler sched_getscheduler "
      "sched_setparam sched_getparam sched_get_priority_max sched_get_priority_min sched_rr_get_interval "
      "sched_setaffinity sched_getaffinity openlog syslog closelog setlogmask getpwnam getpwuid getpwnam_r "
      "getpwuid_r getpwent setpwent endpwent getgrnam getgrgid getgrnam_r getgrgid_r getgrent setgrent "
      "endgrent basename dirname posix_spawn posix_spawnp readv writev ioctl aio_read aio_write aio_error "
      "aio_return aio_suspend aio_cancel aio_fsync lio_listio mq_open mq_close mq_send mq_receive "
      "mq_timedsend mq_timedreceive mq_unlink mq_notify mq_getattr mq_setattr shmget shmat shmdt shmctl "
      "semget semop semctl msgget msgsnd msgrcv msgctl ftok wordexp wordfree catopen catgets catclose ftw "
      "nftw utime ulimit statvfs fstatvfs fmtmsg hsearch hcreate hdestroy tsearch tfind tdelete twalk "
      "lsearch lfind insque remque strfmon nl_langinfo if_nametoindex if_indextoname if_nameindex "
      "if_freenameindex getsubopt openlog posix_openpt flock err errx warn warnx verr verrx vwarn vwarnx "
      "epoll_create epoll_create1 epoll_ctl epoll_wait eventfd inotify_init inotify_add_watch "
      "inotify_rm_watch getopt_long getopt_long_only " },
};
enum { NG = (int)(sizeof groups / sizeof groups[0]), NGROUPS = NG + (int)(sizeof export_groups / sizeof export_groups[0]) };

static const Group *group(int g) { return g < NG ? &groups[g] : &export_groups[g - NG]; }

/* The names of all groups in one open-addressing table (built on first
 * use: codegen asks for every variable, a scan of the lists each time
 * would cost milliseconds a module); a slot holds a word's start in its
 * group's list and the group, the first group that lists it winning. */
enum { TABLE = 8192 };          /* a power of two, over twice the words */
static struct { const char *word; int len, group; } table[TABLE];
static bool built;

static unsigned hash(const char *s, size_t n)
{
    unsigned h = 2166136261u;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

static void build(void)
{
    for (int g = 0; g < NGROUPS; g++)
        for (const char *p = group(g)->names; *p;) {
            const char *q = strchr(p, ' ');
            size_t n = q ? (size_t)(q - p) : strlen(p);
            if (n) {
                unsigned h = hash(p, n) & (TABLE - 1);
                while (table[h].word && !(table[h].len == (int)n && !memcmp(table[h].word, p, n))) h = (h + 1) & (TABLE - 1);
                if (!table[h].word) { table[h].word = p; table[h].len = (int)n; table[h].group = g; }
            }
            p += n;
            while (*p == ' ') p++;
        }
    built = true;
}

static const char *lookup(const char *name, bool exports)
{
    size_t n = strlen(name);
    if (!n) return NULL;
    if (!built) build();
    for (unsigned h = hash(name, n) & (TABLE - 1); table[h].word; h = (h + 1) & (TABLE - 1))
        if (table[h].len == (int)n && !memcmp(table[h].word, name, n))
            return exports || table[h].group < NG ? group(table[h].group)->what : NULL;
    return NULL;
}

const char *cname_taken(const char *name) { return lookup(name, false); }

const char *cname_export_taken(const char *name) { return lookup(name, true); }
