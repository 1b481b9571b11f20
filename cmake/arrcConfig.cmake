# arrcConfig.cmake: find_package(arrc) for CMake projects (docs/cmake.md).
# Installed as PREFIX/lib/cmake/arrc/; it provides
#   arrc_EXECUTABLE   the arrc compiler (a cache variable: -Darrc_EXECUTABLE=...)
#   arrc_add_library(<target> [STATIC|SHARED|OBJECT] SOURCES a.arr ...
#                    [INCLUDE_DIRS dir ...] [ARRCFLAGS flag ...])
# CMake 3.20 or newer: the Makefile generators read add_custom_command's
# DEPFILE (imported modules and extern headers as dependencies) from 3.20.
if(CMAKE_VERSION VERSION_LESS 3.20)
  message(FATAL_ERROR "arrc needs CMake 3.20 or newer (DEPFILE dependencies); this is CMake ${CMAKE_VERSION}")
endif()
cmake_policy(VERSION 3.20...3.31)

get_filename_component(_arrc_prefix "${CMAKE_CURRENT_LIST_DIR}/../../.." ABSOLUTE)
set(arrc_EXECUTABLE "${_arrc_prefix}/bin/arrc" CACHE FILEPATH "the arrc compiler")
unset(_arrc_prefix)
if(NOT EXISTS "${arrc_EXECUTABLE}")
  set(arrc_FOUND FALSE)
  set(arrc_NOT_FOUND_MESSAGE "arrc_EXECUTABLE is ${arrc_EXECUTABLE}, which does not exist")
  return()
endif()

# arrc_add_library(<target> [STATIC|SHARED|OBJECT] SOURCES a.arr ...
#                  [INCLUDE_DIRS dir ...] [ARRCFLAGS flag ...])
# Compiles each .arr to CMAKE_CURRENT_BINARY_DIR/arrc_<target>/<its folder>/
# <stem>.c and .h (a folder per target: one .arr may be in several libraries)
# and builds <target> from the .c files: the headers' folders are PUBLIC
# include directories, OpenMP (and libm) PUBLIC link libraries.  INCLUDE_DIRS
# are searched for imported modules and extern C headers (arrc -I, and the C
# compiler's include path); ARRCFLAGS go to arrc as they are (-O0, --fast-math).
function(arrc_add_library target)
  cmake_parse_arguments(PARSE_ARGV 1 _arrc "STATIC;SHARED;OBJECT" "" "SOURCES;INCLUDE_DIRS;ARRCFLAGS")
  if(_arrc_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "arrc_add_library(${target}): unknown arguments: ${_arrc_UNPARSED_ARGUMENTS}")
  endif()
  if(NOT _arrc_SOURCES)
    message(FATAL_ERROR "arrc_add_library(${target}): no SOURCES")
  endif()
  set(type "")
  foreach(t STATIC SHARED OBJECT)
    if(_arrc_${t})
      if(type)
        message(FATAL_ERROR "arrc_add_library(${target}): both ${type} and ${t}")
      endif()
      set(type ${t})
    endif()
  endforeach()
  get_property(languages GLOBAL PROPERTY ENABLED_LANGUAGES)
  if(NOT "C" IN_LIST languages)
    message(FATAL_ERROR "arrc_add_library(${target}): the generated code is C: enable it with project(... LANGUAGES C ...)")
  endif()
  find_package(OpenMP REQUIRED COMPONENTS C)

  set(incflags "")
  set(incdirs "")
  foreach(dir IN LISTS _arrc_INCLUDE_DIRS)
    get_filename_component(dir "${dir}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
    list(APPEND incflags "-I${dir}")
    list(APPEND incdirs "${dir}")
  endforeach()

  set(csources "")
  set(hdirs "")
  set(srcdirs "")
  set(stems "")
  set(stamps "")
  foreach(src IN LISTS _arrc_SOURCES)
    if(NOT src MATCHES "\\.arr$")
      message(FATAL_ERROR "arrc_add_library(${target}): ${src} in SOURCES is not an .arr file")
    endif()
    get_filename_component(src "${src}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
    get_filename_component(stem "${src}" NAME_WE)
    get_filename_component(srcdir "${src}" DIRECTORY)
    # each module defines <name>_last_error(), its name the stem with every
    # character but letters and digits as '_' (and m_ before a digit), as
    # arrc makes it: two of one name cannot link together
    string(REGEX REPLACE "[^A-Za-z0-9]" "_" cname "${stem}")
    if(cname MATCHES "^[0-9]")
      set(cname "m_${cname}")
    endif()
    if(cname IN_LIST stems)
      message(FATAL_ERROR "arrc_add_library(${target}): two sources make the C module ${cname} (${stem}.arr and another; both would define ${cname}_last_error)")
    endif()
    list(APPEND stems "${cname}")
    # the source's folder below CMAKE_CURRENT_SOURCE_DIR, kept in the binary dir
    file(RELATIVE_PATH rel "${CMAKE_CURRENT_SOURCE_DIR}" "${srcdir}")
    if(rel MATCHES "^\\.\\./|^\\.\\.$" OR IS_ABSOLUTE "${rel}")
      set(rel "")
    endif()
    set(outdir "${CMAKE_CURRENT_BINARY_DIR}/arrc_${target}")
    if(rel)
      set(outdir "${outdir}/${rel}")
    endif()
    set(out "${outdir}/${stem}")
    file(MAKE_DIRECTORY "${outdir}")
    # the rule's output is a stamp, the C and the header its byproducts: arrc
    # leaves a file whose text is unchanged as it was (after a comment edit
    # the .c stays older than the .arr), so a rule with the .c as its output
    # ran arrc again on every later build (twice under the Makefile
    # generator, which also touched the header: every includer recompiled)
    add_custom_command(
      OUTPUT "${out}.stamp"
      BYPRODUCTS "${out}.c" "${out}.h"
      COMMAND "${arrc_EXECUTABLE}" ${_arrc_ARRCFLAGS} ${incflags}
              -MMD -MP -MF "${out}.arr.d" -MQ "${out}.stamp" "${src}" -o "${out}.c"
      COMMAND "${CMAKE_COMMAND}" -E touch "${out}.stamp"
      DEPENDS "${src}" "${arrc_EXECUTABLE}"
      DEPFILE "${out}.arr.d"
      WORKING_DIRECTORY "${outdir}"
      COMMENT "arrc ${stem}.arr"
      VERBATIM)
    list(APPEND stamps "${out}.stamp")
    list(APPEND csources "${out}.c")
    list(APPEND hdirs "${outdir}")
    list(APPEND srcdirs "${srcdir}")
  endforeach()
  list(REMOVE_DUPLICATES hdirs)
  list(REMOVE_DUPLICATES srcdirs)

  # the stamps' target runs first (the Makefile generators have no rule for
  # a byproduct: the C files must be there before the library's objects)
  add_custom_target(${target}_arrc DEPENDS ${stamps})
  add_library(${target} ${type} ${csources})
  add_dependencies(${target} ${target}_arrc)
  # each generated file carries its own static runtime: never one unity source
  set_source_files_properties(${csources} TARGET_DIRECTORY ${target} PROPERTIES SKIP_UNITY_BUILD_INCLUSION ON)
  target_include_directories(${target} PUBLIC ${hdirs})
  # extern headers: the generated C #includes them as the .arr names them
  target_include_directories(${target} PRIVATE ${srcdirs} ${incdirs})
  target_compile_features(${target} PRIVATE c_std_11)
  target_link_libraries(${target} PUBLIC OpenMP::OpenMP_C)
  if(UNIX AND NOT APPLE)
    target_link_libraries(${target} PUBLIC m)
  endif()
  if(type STREQUAL "SHARED")
    set_target_properties(${target} PROPERTIES POSITION_INDEPENDENT_CODE ON)
  endif()
endfunction()
