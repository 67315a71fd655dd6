/**
 * Who may do what in the suite: the roles ({@link io.sasil.common.security.Roles}) and their
 * hierarchy, the problem responses of 401 and 403, the token a service presents to the others
 * ({@link io.sasil.common.security.ServiceTokens}), and the zero-setup local identity provider
 * ({@link io.sasil.common.security.LocalIdentity}). See docs/security.md.
 */
package io.sasil.common.security;
