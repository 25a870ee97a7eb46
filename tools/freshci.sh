#!/usr/bin/env bash
# freshci.sh: runs CI (bash .ci/run, as root, CI=true) in a fresh Debian 12 chroot that has only Go, to
# check that .ci/run installs everything the suite needs on a new machine.
#
#   sudo tools/freshci.sh ROOT [REV]
#
# ROOT is a folder for the chroot: debootstrap (minbase, bookworm) makes it when it does not exist.
# /usr/local/go is copied in, with this machine's extra CA certificates (/usr/local/share/ca-certificates,
# which a machine of this kind has) and resolv.conf; REV (default HEAD) of this checkout is cloned to
# ROOT/root/futurescope. The chroot gets a /dev of its own, never the host's. FRESH_CMD replaces
# `bash .ci/run` (e.g. 'export PATH=/usr/local/go/bin:$PATH; make -k test').
set -euo pipefail
root=${1:?usage: freshci.sh ROOT [REV]}
rev=${2:-HEAD}
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
if [[ ! -d $root ]]; then
	debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian
fi
cp -a /usr/local/go "$root/usr/local/"
mkdir -p "$root/usr/local/share/ca-certificates"
cp /usr/local/share/ca-certificates/*.crt "$root/usr/local/share/ca-certificates/" 2>/dev/null || true
cp /etc/resolv.conf "$root/etc/resolv.conf"
rm -rf "$root/root/futurescope"
git clone -q "$repo" "$root/root/futurescope"
git -C "$root/root/futurescope" checkout -q "$rev"
git -C "$root/root/futurescope" log --oneline -1
mkdir -p "$root/proc" "$root/sys" "$root/dev"
mountpoint -q "$root/proc" || mount -t proc proc "$root/proc"
mountpoint -q "$root/sys" || mount -t sysfs -o ro sysfs "$root/sys"
if ! mountpoint -q "$root/dev"; then
	mount -t tmpfs -o mode=755,nosuid devfs "$root/dev"
	for d in null:1:3 zero:1:5 full:1:7 random:1:8 urandom:1:9 tty:5:0; do
		IFS=: read -r name major minor <<<"$d"
		mknod -m 666 "$root/dev/$name" c "$major" "$minor"
	done
	mkdir -p "$root/dev/pts" "$root/dev/shm"
	mount -t devpts -o newinstance,ptmxmode=0666,mode=620 devpts "$root/dev/pts"
	ln -sf pts/ptmx "$root/dev/ptmx"
	mount -t tmpfs -o mode=1777 shm "$root/dev/shm"
	ln -sf /proc/self/fd "$root/dev/fd"
fi
start=$(date +%s)
set +e
env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin CI=true TERM=dumb \
	chroot "$root" bash -c "cd /root/futurescope && ${FRESH_CMD:-bash .ci/run} </dev/null"
rc=$?
set -e
umount -R -l "$root/dev" "$root/sys" "$root/proc" || true
echo "freshci: exited $rc after $(($(date +%s) - start)) s"
exit $rc
