package org.patternboard.exporters.cloudformation.source;

/**
 * Where a node sits in the template text: character offsets into {@link TemplateDocument#text()} (end
 * exclusive) and 1-based lines and columns, as editors and SARIF regions count them.
 */
public record SourceSpan(int startOffset, int endOffset, int startLine, int startColumn, int endLine, int endColumn) {
    public SourceSpan {
        if (startOffset < 0 || endOffset < startOffset) {
            throw new IllegalArgumentException("bad span " + startOffset + ".." + endOffset);
        }
    }

    public int length() {
        return endOffset - startOffset;
    }
}
