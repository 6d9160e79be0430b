package com.cloud.archfixture;

/** Stands for any CloudStack type in the architecture test's proof that its rule can fail. */
public class CloudStackNamedType {
}
