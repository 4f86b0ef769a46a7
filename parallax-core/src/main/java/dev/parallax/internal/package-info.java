/**
 * Helpers shared by Parallax's stages. Not API: users must not depend on anything here.
 */
package dev.parallax.internal;
