" Vim syntax file for the arr array language (arrc).
" Install: copy editors/vim/* into ~/.vim/ (make install puts them under
" $(PREFIX)/share/arrc/vim/).
if exists("b:current_syntax")
  finish
endif

syn keyword arrKeyword fn export let var if else for in while return break continue import extern
syn keyword arrStencil runStencil
syn keyword arrBoolean true false
syn keyword arrType bool i8 i16 i32 i64 u8 u16 u32 u64 f32 f64 c64 c128
syn keyword arrBuiltin abs sqrt cbrt exp exp2 exp10 expm1 log log2 log10 log1p sin cos tan asin acos atan sinh cosh tanh asinh acosh atanh erf erfc lgamma tgamma floor ceil round trunc sign isnan isinf isfinite signbit min max pow atan2 hypot fmod copysign select complex real imag conj arg sum prod minimum maximum any all count mean dot argmin argmax reduce cumsum scan zeros ones fill empty zeros_like empty_like copy arange linspace len size reshape uniform normal rand randn matmul outer transpose concat stack histogram scatter argsort where 
syn keyword arrBuiltin newaxis
syn match   arrSymbol ":oob_\(skip\|wraparound\|dst_zero\|src_zero\|clamp\|mirror\)\>"
syn match   arrNumber "\<\d\+\>"
syn match   arrFloat  "\<\d\+\.\d*\([eE][+-]\=\d\+\)\=[fi]\=\>"
syn match   arrFloat  "\<\d\+[eE][+-]\=\d\+[fi]\=\>"
syn match   arrFloat  "\<\d\+[fi]\>"
syn match   arrFloat  "\.\d\+\([eE][+-]\=\d\+\)\=[fi]\="
syn region  arrString start=+"+ end=+"+ oneline
syn match   arrComment "#.*$" contains=@Spell
syn match   arrOperator "\.\.\|->\|\*\*\|<<\|>>\|&&\|||\|[-+*/%<>=!~&|^?@]"

hi def link arrKeyword  Keyword
hi def link arrStencil  Keyword
hi def link arrBoolean  Boolean
hi def link arrType     Type
hi def link arrBuiltin  Function
hi def link arrSymbol   Constant
hi def link arrNumber   Number
hi def link arrFloat    Float
hi def link arrString   String
hi def link arrComment  Comment
hi def link arrOperator Operator

let b:current_syntax = "arr"
