#!/usr/bin/env bash
# make gpu-deps (opt-in, never part of make test): assembles onnxruntime's CUDA execution provider for
# onnxruntime-node from the Python registry's wheels, fetched with plain `pip download` and unzipped:
#
#   onnxruntime-gpu  == the onnxruntime-node version  -> libonnxruntime_providers_{cuda,shared}.so
#   nvidia-cuda-runtime, nvidia-cublas, nvidia-cufft, nvidia-curand, nvidia-cudnn-cu13,
#   nvidia-nvjitlink, nvidia-cuda-nvrtc (CUDA 13)     -> libcudart, libcublas(Lt), libcufft, libcurand,
#                                                        libcudnn*, libnvJitLink, libnvrtc
#
# onnxruntime-gpu 1.30.0 on the Python registry is built for CUDA 13 and cuDNN 9 (its METADATA asks for
# nvidia-cuda-runtime~=13.0, nvidia-cufft~=12.0, nvidia-curand~=10.0, nvidia-cudnn-cu13~=9.0). It
# needs an NVIDIA driver for CUDA 13 (r580 or newer); libcuda.so.1 comes with the driver, not from here.
#
# onnxruntime loads the provider from the folder of its own libonnxruntime.so.1, so the two provider
# libraries are copied next to onnxruntime-node's binding; the CUDA libraries stay in $DEST/lib, which
# has to be on LD_LIBRARY_PATH (printed at the end) for every process that uses executionProvider cuda.
#
# Usage: scripts/gpu-deps.sh [DEST]     (DEST defaults to build/ort-cuda under the repo root)
# Env:   PYTHON=python3                 the interpreter whose pip downloads the wheels
#        GPU_DEPS_INSTALL=0             assemble $DEST/lib only, do not copy into node_modules
#        GPU_DEPS_CUDNN=1               0 leaves out cuDNN (about 1 GB unpacked; convolutions need it)
#        ORT_GPU_VERSION, CUDART_VERSION, CUBLAS_VERSION, ... override the pins below
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DEST="${1:-$ROOT/build/ort-cuda}"
mkdir -p "$DEST"
DEST="$(cd "$DEST" && pwd)"
PY="${PYTHON:-python3}"

ORT_NODE_DIR="$ROOT/node_modules/onnxruntime-node"
if [[ ! -f "$ORT_NODE_DIR/package.json" ]]; then
  echo "gpu-deps: $ORT_NODE_DIR is missing: run make node-deps first" >&2
  exit 1
fi
ORT_NODE_VERSION="$(node -p "require('$ORT_NODE_DIR/package.json').version")"
BIN_DIR="$ORT_NODE_DIR/bin/napi-v6/linux/x64"

# The provider library talks to libonnxruntime through an internal interface that only holds between
# builds of one release: the onnxruntime-gpu wheel must be exactly onnxruntime-node's version.
ORT_GPU_VERSION="${ORT_GPU_VERSION:-$ORT_NODE_VERSION}"
if [[ "$ORT_GPU_VERSION" != "$ORT_NODE_VERSION" ]]; then
  echo "gpu-deps: onnxruntime-gpu $ORT_GPU_VERSION != onnxruntime-node $ORT_NODE_VERSION: refusing (the provider ABI is per release)" >&2
  exit 1
fi

# CUDA 13.0 update 2 components (the CUDA 13 runtime works on any r580+ driver); cuDNN 9 for CUDA 13.
CUDART_VERSION="${CUDART_VERSION:-13.0.96}"
NVRTC_VERSION="${NVRTC_VERSION:-13.0.88}"
NVJITLINK_VERSION="${NVJITLINK_VERSION:-13.0.88}"
CUBLAS_VERSION="${CUBLAS_VERSION:-13.1.0.3}"
CUFFT_VERSION="${CUFFT_VERSION:-12.0.0.61}"
CURAND_VERSION="${CURAND_VERSION:-10.4.0.35}"
CUDNN_VERSION="${CUDNN_VERSION:-9.13.0.50}"

WHEELS=(
  "onnxruntime-gpu==$ORT_GPU_VERSION"
  "nvidia-cuda-runtime==$CUDART_VERSION"
  "nvidia-cuda-nvrtc==$NVRTC_VERSION"
  "nvidia-nvjitlink==$NVJITLINK_VERSION"
  "nvidia-cublas==$CUBLAS_VERSION"
  "nvidia-cufft==$CUFFT_VERSION"
  "nvidia-curand==$CURAND_VERSION"
)
[[ "${GPU_DEPS_CUDNN:-1}" == 0 ]] || WHEELS+=("nvidia-cudnn-cu13==$CUDNN_VERSION")

mkdir -p "$DEST/wheels" "$DEST/lib"
echo "gpu-deps: downloading ${#WHEELS[@]} wheels into $DEST/wheels (pip skips the ones already there)"
# Binary wheels for Linux x86-64 whatever the local Python: the .so files inside do not depend on it.
"$PY" -m pip download --no-deps --only-binary=:all: --disable-pip-version-check \
  --python-version 3.12 --implementation cp --abi cp312 --abi abi3 --abi none \
  --platform manylinux_2_28_x86_64 --platform manylinux_2_27_x86_64 --platform manylinux_2_17_x86_64 \
  --platform manylinux2014_x86_64 \
  -d "$DEST/wheels" "${WHEELS[@]}"

wheel_for() { # NAME VERSION -> the downloaded wheel's path
  local base="${1//-/_}"
  local f
  f="$(ls "$DEST/wheels/${base}-$2-"*.whl 2>/dev/null | head -n1)"
  [[ -n "$f" ]] || { echo "gpu-deps: no wheel for $1==$2 in $DEST/wheels" >&2; exit 1; }
  echo "$f"
}

# Unpack only the shared libraries, flat into $DEST/lib.
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
for spec in "${WHEELS[@]}"; do
  name="${spec%%==*}"
  ver="${spec##*==}"
  whl="$(wheel_for "$name" "$ver")"
  if [[ "$name" == onnxruntime-gpu ]]; then
    unzip -q -o -j "$whl" 'onnxruntime/capi/libonnxruntime_providers_cuda.so' 'onnxruntime/capi/libonnxruntime_providers_shared.so' -d "$TMP/ort"
    # The wheel's own libonnxruntime.so is NOT used: onnxruntime-node's must stay the one loaded.
  else
    unzip -q -o -j "$whl" 'nvidia/*/lib/*.so*' -d "$DEST/lib"
  fi
done
cp -f "$TMP/ort/"libonnxruntime_providers_*.so "$DEST/lib/"

# onnxruntime opens some libraries itself by their unversioned name (libcudnn.so, libnvrtc.so) or the
# major-versioned one: give each both.
(
  cd "$DEST/lib"
  for so in libcudnn.so.9 libnvrtc.so.13 libcufft.so.12 libcurand.so.10 libcublas.so.13 libcublasLt.so.13 libcudart.so.13 libnvJitLink.so.13; do
    [[ -e "$so" ]] && ln -sf "$so" "${so%.so.*}.so"
  done
)

# Every NEEDED of the provider library must now resolve, except the driver's libcuda.so.1.
missing="$(LD_LIBRARY_PATH="$DEST/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" ldd "$DEST/lib/libonnxruntime_providers_cuda.so" | awk '/not found/ {print $1}' | grep -v '^libcuda\.so\.1$' || true)"
if [[ -n "$missing" ]]; then
  echo "gpu-deps: the provider library still misses: $missing" >&2
  exit 1
fi

if [[ "${GPU_DEPS_INSTALL:-1}" != 0 ]]; then
  cp -f "$DEST/lib/libonnxruntime_providers_cuda.so" "$DEST/lib/libonnxruntime_providers_shared.so" "$BIN_DIR/"
  echo "gpu-deps: copied libonnxruntime_providers_{cuda,shared}.so next to $BIN_DIR/onnxruntime_binding.node"
else
  echo "gpu-deps: not copied into node_modules (GPU_DEPS_INSTALL=0): copy $DEST/lib/libonnxruntime_providers_{cuda,shared}.so into $BIN_DIR/ yourself;"
  echo "          onnxruntime only looks for them next to its libonnxruntime.so.1"
fi
if ! ldconfig -p 2>/dev/null | grep -q 'libcuda\.so\.1'; then
  echo "gpu-deps: note: no libcuda.so.1 (NVIDIA driver) on this machine: sessions with executionProvider \"cuda\" will fail here"
fi
echo "gpu-deps: done ($(du -sh "$DEST/lib" | cut -f1) in $DEST/lib). Use:"
echo "export LD_LIBRARY_PATH=$DEST/lib\${LD_LIBRARY_PATH:+:\$LD_LIBRARY_PATH}"
