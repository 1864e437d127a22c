package io.twinbench.policy.document;

/** A CEL expression as written, with where: its line in the file and its field. */
public record Expression(String text, int line, String field) {
}
