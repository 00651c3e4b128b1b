package org.patternboard.exporters.cdk.stack;

/**
 * Asks the aws-cdk-lib on the class path whether a constant exists (a Lambda runtime, an S3 event type), so
 * the generated code uses the named constant when the library has it and a spelled-out value otherwise. The
 * class is looked up without initialising it: initialising a jsii class would start the Node.js runtime.
 */
public final class LibraryNames {
    private LibraryNames() {
    }

    public static boolean hasConstant(String className, String constant) {
        try {
            Class<?> c = Class.forName(className, false, LibraryNames.class.getClassLoader());
            c.getField(constant);
            return true;
        } catch (ClassNotFoundException | NoSuchFieldException | LinkageError e) {
            return false;
        }
    }

    /** {@code ObjectCreated} → {@code OBJECT_CREATED}; {@code nodejs22.x} is handled by the caller. */
    public static String upperSnake(String camel) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < camel.length(); i++) {
            char ch = camel.charAt(i);
            if (!Character.isLetterOrDigit(ch)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != '_') {
                    out.append('_');
                }
                continue;
            }
            if (i > 0 && Character.isUpperCase(ch) && Character.isLowerCase(camel.charAt(i - 1))) {
                out.append('_');
            }
            out.append(Character.toUpperCase(ch));
        }
        String s = out.toString();
        return s.endsWith("_") ? s.substring(0, s.length() - 1) : s;
    }
}
