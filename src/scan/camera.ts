/**
 * The rear camera, when the patient asks for it: started with `getUserMedia`, shown in a video
 * element, stopped when the page is hidden (another app, the phone locked) and when the page
 * is left. Refusals get their own reasons, so the page can say what to do instead.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export type CameraFailure = 'denied' | 'none' | 'failed';

export type CameraState =
  | { readonly state: 'off' }
  | { readonly state: 'asking' }
  | { readonly state: 'on' }
  /** Stopped because the page was hidden; started again only when the patient asks. */
  | { readonly state: 'paused' }
  | { readonly state: 'failed'; readonly failure: CameraFailure };

/** Why getUserMedia refused, as the patient can act on it. */
export function cameraFailureOf(error: unknown): CameraFailure {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError' || name === 'PermissionDeniedError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'DevicesNotFoundError') return 'none';
  return 'failed';
}

interface DeviceHints {
  readonly hardwareConcurrency?: number;
  readonly deviceMemory?: number;
  readonly connection?: { readonly saveData?: boolean };
}

/**
 * Whether this phone can afford reading a frame a second for as long as the camera is on: four
 * cores or more, memory not known to be under 4 GB, and no data saver. Otherwise one picture at
 * a time, when the patient taps.
 */
export function canAffordLive(device: DeviceHints = navigator): boolean {
  return (device.hardwareConcurrency ?? 0) >= 4 && (device.deviceMemory ?? 4) >= 4 && device.connection?.saveData !== true;
}

export interface Camera {
  readonly camera: CameraState;
  readonly videoRef: React.RefObject<HTMLVideoElement | null>;
  readonly start: () => Promise<void>;
  readonly stop: () => void;
  /** What the camera sees now, as a bitmap (null when it shows nothing yet). */
  readonly grab: () => Promise<ImageBitmap | null>;
}

export function useCamera(): Camera {
  const [camera, setCamera] = useState<CameraState>({ state: 'off' });
  const videoRef = useRef<HTMLVideoElement | null>(null);
  const stream = useRef<MediaStream | null>(null);

  const release = useCallback(() => {
    for (const track of stream.current?.getTracks() ?? []) track.stop();
    stream.current = null;
    if (videoRef.current) videoRef.current.srcObject = null;
  }, []);

  const start = useCallback(async () => {
    // Absent where the page is not a secure context, and on devices without media support.
    const media = navigator.mediaDevices as MediaDevices | undefined;
    if (media === undefined) {
      setCamera({ state: 'failed', failure: 'none' });
      return;
    }
    setCamera({ state: 'asking' });
    try {
      const video = await media.getUserMedia({
        audio: false,
        video: { facingMode: { ideal: 'environment' }, width: { ideal: 1920 }, height: { ideal: 1080 } },
      });
      release();
      stream.current = video;
      setCamera({ state: 'on' });
    } catch (error) {
      setCamera({ state: 'failed', failure: cameraFailureOf(error) });
    }
  }, [release]);

  const stop = useCallback(() => {
    release();
    setCamera({ state: 'off' });
  }, [release]);

  // The stream goes into the video once it is drawn (it is drawn when the camera is on).
  useEffect(() => {
    const video = videoRef.current;
    if (camera.state !== 'on' || video === null || stream.current === null) return;
    video.srcObject = stream.current;
    void video.play().catch(() => undefined);
  }, [camera.state]);

  useEffect(() => {
    const hidden = () => {
      if (document.visibilityState === 'hidden' && stream.current !== null) {
        release();
        setCamera({ state: 'paused' });
      }
    };
    document.addEventListener('visibilitychange', hidden);
    return () => {
      document.removeEventListener('visibilitychange', hidden);
      release();
    };
  }, [release]);

  const grab = useCallback(async () => {
    const video = videoRef.current;
    if (video === null || stream.current === null || video.readyState < 2 || video.videoWidth === 0) return null;
    return createImageBitmap(video);
  }, []);

  return { camera, videoRef, start, stop, grab };
}
