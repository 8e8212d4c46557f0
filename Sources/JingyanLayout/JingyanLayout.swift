// JingyanLayout
