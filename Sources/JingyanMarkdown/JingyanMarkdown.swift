// JingyanMarkdown
