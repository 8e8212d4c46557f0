// JingyanExtract
