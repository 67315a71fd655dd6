package io.sasil.glossary.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.sasil.common.testing.AccessControlWalk;

/** Every operation of this service's OpenAPI document: 401 without a token, 403 to too low a role (docs/security.md). */
@QuarkusTest
class AccessControlTest extends AccessControlWalk {
}
