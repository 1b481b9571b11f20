" .arr files are the arr array language (arrc). Vim's own detection takes
" .arr for Pyret; this overrides it (set, not setfiletype).
autocmd BufRead,BufNewFile *.arr set filetype=arr
