target_sources(opc_core PRIVATE
    runner/assertions.h
    runner/assertions.cpp
    runner/collectionrunner.h
    runner/collectionrunner.cpp
    runner/rundata.h
    runner/rundata.cpp
    runner/runreport.h
    runner/runreport.cpp)
