package org.patternboard.app.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Inspector labels from property ids: {@code visibilityTimeout} reads "Visibility timeout". AWS's acronyms keep
 * AWS's spelling ({@code fifo} → "FIFO", {@code multiAz} → "Multi-AZ", {@code xrayEnabled} → "X-Ray enabled"),
 * since a label that reads "Fifo" or "Ttl" looks like a typo to anyone who knows the service.
 */
final class Labels {
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("api", "API"), Map.entry("uri", "URI"), Map.entry("url", "URL"), Map.entry("ttl", "TTL"),
            Map.entry("ssl", "SSL"), Map.entry("tls", "TLS"), Map.entry("iam", "IAM"), Map.entry("ip", "IP"),
            Map.entry("ipv6", "IPv6"), Map.entry("kms", "KMS"), Map.entry("mfa", "MFA"), Map.entry("vpc", "VPC"),
            Map.entry("spa", "SPA"), Map.entry("cfn", "CloudFormation"), Map.entry("xray", "X-Ray"),
            Map.entry("cors", "CORS"), Map.entry("fifo", "FIFO"), Map.entry("http", "HTTP"), Map.entry("id", "ID"),
            Map.entry("gid", "GID"), Map.entry("uid", "UID"), Map.entry("az", "AZ"), Map.entry("cpu", "CPU"));

    private Labels() {
    }

    /** The label of a property id: words split at capitals, the first capitalised, acronyms as AWS writes them. */
    static String of(String id) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < id.length(); i++) {
            char ch = id.charAt(i);
            if (i > 0 && Character.isUpperCase(ch) && !Character.isUpperCase(id.charAt(i - 1))) {
                words.add(word.toString());
                word.setLength(0);
            }
            word.append(ch);
        }
        words.add(word.toString());
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String lower = words.get(i).toLowerCase(Locale.ROOT);
            String shown = WORDS.getOrDefault(lower, lower);
            if ("az".equals(lower) && i > 0 && "multi".equalsIgnoreCase(words.get(i - 1))) {
                label.append('-');
            } else if (i > 0) {
                label.append(' ');
            }
            label.append(i == 0 && shown.equals(lower) ? Character.toUpperCase(shown.charAt(0)) + shown.substring(1) : shown);
        }
        return label.toString();
    }
}
