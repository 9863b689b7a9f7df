# libmodest (MyHTML + Modest), libstemmer (Snowball) and libcld2 (language identification)
# have no pkg-config file on Debian 12:
# find their header and library and expose them as imported targets.
find_path(MODEST_INCLUDE_DIR myhtml/myhtml.h REQUIRED)
find_library(MODEST_LIBRARY modest REQUIRED)
add_library(palabre::modest INTERFACE IMPORTED)
target_include_directories(palabre::modest INTERFACE ${MODEST_INCLUDE_DIR})
target_link_libraries(palabre::modest INTERFACE ${MODEST_LIBRARY} m pthread)

find_path(STEMMER_INCLUDE_DIR libstemmer.h REQUIRED)
find_library(STEMMER_LIBRARY stemmer REQUIRED)
add_library(palabre::stemmer INTERFACE IMPORTED)
target_include_directories(palabre::stemmer INTERFACE ${STEMMER_INCLUDE_DIR})
target_link_libraries(palabre::stemmer INTERFACE ${STEMMER_LIBRARY})

find_path(CLD2_INCLUDE_DIR cld2/public/compact_lang_det.h REQUIRED)
find_library(CLD2_LIBRARY cld2 REQUIRED)
add_library(palabre::cld2 INTERFACE IMPORTED)
target_include_directories(palabre::cld2 INTERFACE ${CLD2_INCLUDE_DIR})
target_link_libraries(palabre::cld2 INTERFACE ${CLD2_LIBRARY})
