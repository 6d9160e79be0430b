package org.apache.cloudstack.archfixture;

/** Stands for any type under org.apache.cloudstack in the architecture test's proof that its rule can fail. */
public class ApacheCloudStackNamedType {
}
