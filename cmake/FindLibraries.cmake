# libmodest (MyHTML + Modest) and libstemmer (Snowball) have no pkg-config file on Debian 12:
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
