# build
