// JingyanContent
