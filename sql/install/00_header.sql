-- vecstore install script, assembled from sql/install/*.sql by the Makefile.
\echo Use "CREATE EXTENSION vecstore" to load this file. \quit
